using System.Diagnostics;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// The production signer through an external GOST tool (CryptoPro's csptest or cryptcp, OpenSSL with a GOST engine, a
/// vendor utility): the data goes to the command's standard input, the detached signature comes back base64 on its
/// standard output. Which command and arguments is configuration (<c>Esia:Signer:Command</c>, <c>Esia:Signer:Arguments</c>).
/// </summary>
public sealed class CommandSigner(string command, string arguments, TimeSpan timeout) : IEsiaSigner
{
    public async Task<byte[]> SignAsync(byte[] data, CancellationToken ct = default)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new EsiaSigningException($"Программа подписи «{command}» не запустилась.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new EsiaSigningException($"Программа подписи «{command}» не найдена или не запускается: {e.Message}", e);
        }
        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(limit.Token);
                var errors = process.StandardError.ReadToEndAsync(limit.Token);
                try
                {
                    await process.StandardInput.BaseStream.WriteAsync(data, limit.Token);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The tool stopped before reading everything: its exit code and message below say why.
                }
                await process.WaitForExitAsync(limit.Token);
                if (process.ExitCode != 0)
                    throw new EsiaSigningException($"Программа подписи «{command}» завершилась с кодом {process.ExitCode}: {(await errors).Trim()}");
                return Convert.FromBase64String((await output).Trim());
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new EsiaSigningException($"Программа подписи «{command}» не ответила за {timeout.TotalSeconds:0} с.");
            }
            catch (FormatException e)
            {
                throw new EsiaSigningException($"Программа подписи «{command}» вернула не base64.", e);
            }
        }
    }
}
