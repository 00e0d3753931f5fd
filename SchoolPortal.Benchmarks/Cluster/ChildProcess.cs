using System.Collections.Concurrent;
using System.Diagnostics;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.Cluster;

/// <summary>
/// A server the benchmark starts for itself (redis-server, nginx, the portal): its output printed with a prefix and its last lines
/// kept for a failure message, killed on <see cref="Stop"/> and also when this process ends, crashes or is told to stop,
/// so no server is left holding its port.
/// </summary>
public sealed class ChildProcess
{
    private readonly Process _process;
    private readonly string _name;
    private readonly ConcurrentQueue<string> _lastLines = new();
    private readonly Lock _stopping = new();
    private bool _stopped;

    private ChildProcess(Process process, string name)
    {
        _process = process;
        _name = name;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The process id, for /proc and diagnostics.</summary>
    public int Id => _process.Id;

    /// <summary>Processor time the process has used so far (all cores); null once it has exited.</summary>
    public TimeSpan? ProcessorTime
    {
        get
        {
            try
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <param name="environment">Variables set for the process; a null value removes one it would inherit.</param>
    /// <param name="note">Appended to the printed command line (say, the settings that matter).</param>
    public static ChildProcess Start(string name, string file, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null, string note = "")
    {
        var start = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(key);
            else
                start.Environment[key] = value;
        }
        Console.WriteLine($"  {name}: {file} {string.Join(' ', start.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a))}{note}");
        var process = Process.Start(start) ?? throw new PortfolioLoadException($"Не удалось запустить {file}.");
        var child = new ChildProcess(process, name);
        process.OutputDataReceived += child.Forward;
        process.ErrorDataReceived += child.Forward;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => child.Stop();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => child.Stop();
        ExitSignals.OnEach(child.Stop);
        return child;
    }

    /// <summary>Why the server is gone, with its last output; null while it runs.</summary>
    public string? ExitReport() => _process.HasExited && !_stopped
        ? $"{char.ToUpperInvariant(_name[0])}{_name[1..]} завершился сам (код {_process.ExitCode}).{Environment.NewLine}{LastOutput()}"
        : null;

    /// <summary>The last output lines, for a failure message.</summary>
    public string LastOutput() => string.Join(Environment.NewLine, _lastLines);

    /// <summary>
    /// Kills the server and its children; safe to call more than once and from signal handlers. A second caller (say the
    /// crash handler while Ctrl-C is killing) waits until the server is gone, so this process cannot end before it.
    /// </summary>
    public void Stop()
    {
        lock (_stopping)
        {
            if (_stopped)
                return;
            _stopped = true;
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(10_000);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }

    private void Forward(object? sender, DataReceivedEventArgs e)
    {
        if (e.Data is null)
            return;
        Console.WriteLine($"  [{_name}] {e.Data}");
        _lastLines.Enqueue(e.Data);
        while (_lastLines.Count > 40)
            _lastLines.TryDequeue(out string? _);
    }
}
