using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Integrations.EpguEnrollment;
using static SchoolPortal.Tests.Enrollment.Epgu.EpguSamples;

namespace SchoolPortal.Tests.Enrollment.Epgu;

public sealed class FolderEpguEnrollmentGatewayTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("epgu-enrollment-").FullName;
    private readonly RecordingLogger<FolderEpguEnrollmentGateway> _log = new();
    private readonly EpguEnrollmentFolders _folders;

    public FolderEpguEnrollmentGatewayTests()
    {
        _folders = EpguEnrollmentFolders.Under(_root);
        Directory.CreateDirectory(_folders.Inbox);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_malformed_file_goes_to_rejected_with_its_error_file_and_the_others_are_read()
    {
        Put("a.json", Json(Message(orderId: 101)));
        Put("b.json", Json(Message(orderId: 102)).Replace("\"childSex\": \"male\",", ""));
        Put("c.json", "не JSON");
        Put("d.json", Json(Message(orderId: 104)));

        var batch = await Gateway().ReadInboxAsync(CancellationToken.None);

        Assert.Equal(["a.json", "d.json"], batch.Readable.Select(i => i.Name));
        Assert.Equal([101L, 104L], batch.Readable.Select(i => i.Message!.OrderId));
        Assert.Equal(["b.json", "c.json"], batch.SetAside.Select(i => i.Name));
        Assert.Equal(["a.json", "d.json"], Names(_folders.Inbox));
        Assert.Equal(["b.json", "b.json.error.txt", "c.json", "c.json.error.txt"], Names(_folders.Rejected));
        var errorFile = File.ReadAllText(Path.Combine(_folders.Rejected, "b.json.error.txt"));
        Assert.StartsWith("Заявление ЕПГУ из файла b.json не принято", errorFile);
        Assert.Contains("- childInfo.childSex: обязательное поле не указано.", errorFile);
        Assert.Contains("не читается как JSON", File.ReadAllText(Path.Combine(_folders.Rejected, "c.json.error.txt")));
    }

    [Fact]
    public async Task A_stored_message_leaves_the_inbox_and_a_refused_one_is_set_aside_with_the_callers_errors()
    {
        Put("a.json", Json(Message(orderId: 101)));
        Put("b.json", Json(Message(orderId: 102)));
        var gateway = Gateway();
        var batch = await gateway.ReadInboxAsync(CancellationToken.None);

        gateway.MarkProcessed(batch.Items[0]);
        await gateway.MarkRejectedAsync(batch.Items[1], [EpguApplicationMapper.UnknownSchool("7451000013")], CancellationToken.None);

        Assert.Empty(Names(_folders.Inbox));
        Assert.Equal(["a.json"], Names(_folders.Processed));
        Assert.Contains("- eduOrganization.code: Школа с ИНН 7451000013 не найдена", File.ReadAllText(Path.Combine(_folders.Rejected, "b.json.error.txt")));
        Assert.Empty((await gateway.ReadInboxAsync(CancellationToken.None)).Items);
    }

    [Fact]
    public async Task The_same_order_sent_again_is_kept_beside_the_first_in_processed()
    {
        var gateway = Gateway();
        Put("a.json", Json(Message(orderId: 101)));
        gateway.MarkProcessed((await gateway.ReadInboxAsync(CancellationToken.None)).Items[0]);
        Put("a.json", Json(Message(orderId: 101)));

        gateway.MarkProcessed((await gateway.ReadInboxAsync(CancellationToken.None)).Items[0]);

        Assert.Equal(2, Names(_folders.Processed).Count);
    }

    [Fact]
    public async Task An_oversized_file_is_rejected_without_being_read()
    {
        // A sparse 3 GB file: reading it whole would need a 3 GB array, which .NET cannot even allocate.
        using (var sparse = File.Create(Path.Combine(_folders.Inbox, "huge.json")))
            sparse.SetLength(3L * 1024 * 1024 * 1024);
        Put("a.json", Json(Message(orderId: 101)));

        var batch = await Gateway().ReadInboxAsync(CancellationToken.None);

        Assert.Equal(["a.json"], batch.Readable.Select(i => i.Name));
        var huge = Assert.Single(batch.SetAside);
        Assert.StartsWith("Файл больше 64 КБ", Assert.Single(huge.Errors).Text);
        Assert.Equal(["huge.json", "huge.json.error.txt"], Names(_folders.Rejected));
    }

    [Fact]
    public async Task A_run_reads_at_most_its_bound_of_files_and_the_rest_wait_for_the_next_run()
    {
        for (var i = 1; i <= 5; i++)
            Put($"{i}.json", Json(Message(orderId: 100 + i)));
        var gateway = Gateway(maxFilesPerRun: 3);

        var first = await gateway.ReadInboxAsync(CancellationToken.None);
        foreach (var item in first.Items)
            gateway.MarkProcessed(item);
        var second = await gateway.ReadInboxAsync(CancellationToken.None);

        Assert.Equal((3, true), (first.Items.Count, first.MoreWaiting));
        Assert.Equal((2, false), (second.Items.Count, second.MoreWaiting));
        Assert.Equal(Enumerable.Range(101, 5).Select(i => (long)i),
            first.Items.Concat(second.Items).Select(i => i.Message!.OrderId).Order());
    }

    [Fact]
    public async Task A_status_message_is_written_whole_under_its_final_name_and_read_back()
    {
        var gateway = Gateway();
        var registered = EpguStatusReport.For(101, ApplicationStatus.Registered, null, null, April1);
        var review = EpguStatusReport.For(101, ApplicationStatus.UnderReview, null, "Ждём оригиналы документов.", April1.AddHours(1));

        await gateway.WriteStatusAsync(review, CancellationToken.None);
        await gateway.WriteStatusAsync(registered, CancellationToken.None);
        await gateway.WriteStatusAsync(registered, CancellationToken.None);

        // No temporary file is left, and the message written twice is one file.
        Assert.Equal(["101-20270401T040000000Z-1.json", "101-20270401T050000000Z-6.json"], Names(_folders.Outbox));
        Assert.Equal([registered, review], await gateway.ReadSentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_half_written_file_in_the_outbox_is_not_taken_for_a_message()
    {
        Directory.CreateDirectory(_folders.Outbox);
        await File.WriteAllTextAsync(Path.Combine(_folders.Outbox, ".101-x-1.json.0a.tmp"), "{\"format\": \"epgu-enr");

        Assert.Empty(await Gateway().ReadSentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_log_names_the_file_and_the_fields_but_never_the_snils_or_the_documents()
    {
        var message = Message(orderId: 101);
        Put("a.json", Json(message).Replace("\"childSex\": \"male\",", "").Replace("\"7512\"", "\"75XX\""));

        await Gateway().ReadInboxAsync(CancellationToken.None);

        var line = Assert.Single(_log.Lines);
        Assert.Contains("a.json", line);
        Assert.Contains("childInfo.childSex", line);
        Assert.DoesNotContain(message.ChildInfo.ChildSnils!, line);
        Assert.DoesNotContain("700001", line);
        Assert.DoesNotContain("75XX", line);
    }

    private FolderEpguEnrollmentGateway Gateway(int maxFilesPerRun = EpguEnrollmentOptions.DefaultMaxFilesPerRun) =>
        new(_folders, maxFilesPerRun, TimeProvider.System, _log);

    private void Put(string name, string content) => File.WriteAllText(Path.Combine(_folders.Inbox, name), content);

    private static List<string> Names(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList() : [];
}
