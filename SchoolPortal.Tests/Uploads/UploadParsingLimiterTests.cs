using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure.Uploads;

namespace SchoolPortal.Tests.Uploads;

public sealed class UploadParsingLimiterTests
{
    [Fact]
    public async Task The_third_upload_waits_in_the_queue_until_one_of_two_parses_ends()
    {
        using var limiter = new UploadParsingLimiter(new UploadOptions { MaxConcurrentParsing = 2, QueueTimeout = TimeSpan.FromSeconds(30) });
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => limiter.RunAsync(() => { release.Wait(); return 1; }));
        var second = Task.Run(() => limiter.RunAsync(() => { release.Wait(); return 2; }));
        await WaitUntilAsync(() => TakenSlots(limiter) == 2);
        var queued = new TaskCompletionSource();
        var thirdRan = false;

        var third = limiter.RunAsync(() => thirdRan = true, () => { queued.SetResult(); return Task.CompletedTask; });

        await queued.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(thirdRan);
        release.Set();
        Assert.True(await third.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal((1, 2), (await first, await second));
    }

    [Fact]
    public async Task An_upload_that_waits_longer_than_the_timeout_is_refused_with_a_message()
    {
        using var limiter = new UploadParsingLimiter(new UploadOptions { MaxConcurrentParsing = 1, QueueTimeout = TimeSpan.FromMilliseconds(100) });
        using var release = new ManualResetEventSlim();
        var busy = Task.Run(() => limiter.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30))));
        await WaitUntilAsync(() => TakenSlots(limiter) == 1);

        var refused = await Assert.ThrowsAsync<OperationFailedException>(() => limiter.RunAsync(() => true));

        Assert.Equal(UploadParsingLimiter.BusyMessage, refused.Message);
        release.Set();
        await busy;
    }

    private static int TakenSlots(UploadParsingLimiter limiter) => limiter.Busy;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(25);
        Assert.True(condition());
    }
}
