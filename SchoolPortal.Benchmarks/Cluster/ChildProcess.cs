using System.Collections.Concurrent;
using System.Diagnostics;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.Cluster;

/// <summary>
/// A server the benchmark starts for itself (redis-server, nginx): its output printed with a prefix and its last lines
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

    public static ChildProcess Start(string name, string file, IEnumerable<string> arguments, string workingDirectory)
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
        Console.WriteLine($"  {name}: {file} {string.Join(' ', start.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a))}");
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
        ? $"{_name} завершился сам (код {_process.ExitCode}).{Environment.NewLine}{string.Join(Environment.NewLine, _lastLines)}"
        : null;

    /// <summary>Kills the server and its children; safe to call more than once and from signal handlers.</summary>
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
