import CNcurses
import Glibc

/// Carries signals from their handlers to the backend's event loop through a self-pipe.
/// A handler may only do async-signal-safe things, so it writes the signal number as one
/// byte into the pipe; `readEvent` finds the byte next to stdin in its `poll` and acts on
/// it in ordinary code (resize, suspend, quit). `wake()` writes a zero byte the same way.
enum SignalRelay {
    /// The signals the loop handles itself: termination requests, job control and resizes.
    static let relayedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH]

    /// The byte `wake()` writes; no signal has number zero.
    static let wakeByte: UInt8 = 0

    // Read by the handler, so it must be a plain global that is set before any handler is
    // installed; nonisolated(unsafe) because only `install`/`uninstall` write it, on the
    // loop's thread, while no relayed handler is installed.
    nonisolated(unsafe) static var writeDescriptor: Int32 = -1

    /// Points every relayed signal at the pipe whose write end is `descriptor`.
    static func install(writeDescriptor descriptor: Int32) {
        writeDescriptor = descriptor
        for signalNumber in relayedSignals {
            _ = dl_install_signal_handler(signalNumber, relaySignalToPipe)
            // A parent may have started us with these blocked (spawning from a thread that
            // blocks signals passes the mask on); then resizes would never be noticed.
            _ = dl_unblock_signal(signalNumber)
        }
    }

    /// Puts the default actions back, so a re-raised signal ends the process normally.
    static func uninstall() {
        for signalNumber in relayedSignals {
            _ = dl_default_signal_handler(signalNumber)
        }
    }

    /// Re-installs the relay for one signal after it was set to its default (resume).
    static func reinstall(_ signalNumber: Int32) {
        _ = dl_install_signal_handler(signalNumber, relaySignalToPipe)
    }
}

/// The signal handler: one `write` of the signal number, errno preserved.
private func relaySignalToPipe(_ signalNumber: Int32) {
    let savedError = errno
    var byte = UInt8(truncatingIfNeeded: signalNumber)
    _ = write(SignalRelay.writeDescriptor, &byte, 1)
    errno = savedError
}
