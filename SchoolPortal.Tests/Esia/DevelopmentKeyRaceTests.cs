using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class DevelopmentKeyRaceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("schoolportal-devkey-").FullName;

    [Fact]
    public async Task Two_nodes_making_the_development_key_at_the_same_moment_sign_with_the_same_key()
    {
        var path = Path.Combine(_folder, "App_Data", "esia-development-key.pem");

        for (var round = 0; round < 5; round++)
        {
            if (File.Exists(path))
                File.Delete(path);
            using var start = new Barrier(2);
            var signers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return RsaDevelopmentSigner.FromFile(path);
            })));

            Assert.Equal(signers[0].PublicKeyPem, signers[1].PublicKeyPem);
            using var onFile = RsaDevelopmentSigner.FromFile(path);
            Assert.Equal(onFile.PublicKeyPem, signers[0].PublicKeyPem);
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
            foreach (var signer in signers)
                signer.Dispose();
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
