import CNcurses
import Glibc

/// Chooses the C library locale before curses starts: curses draws wide and non-ASCII
/// characters only in a UTF-8 locale.
enum LocaleSetup {
    /// UTF-8 locales that exist on most Linux systems, tried when the environment's own
    /// locale is not UTF-8 (CI jobs and containers often have no LANG at all).
    static let fallbackLocales = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Applies the environment's locale, falling back to a UTF-8 one when it is not UTF-8.
    /// Returns whether the resulting locale is UTF-8.
    @discardableResult
    static func configure() -> Bool {
        defer {
            // Numbers are always printed the C way ("0.5", not "0,5"), whatever the locale.
            _ = setlocale(LC_NUMERIC, "C")
        }
        _ = setlocale(LC_ALL, "")
        if dl_locale_is_utf8() != 0 { return true }
        for name in fallbackLocales where setlocale(LC_ALL, name) != nil {
            if dl_locale_is_utf8() != 0 { return true }
        }
        _ = setlocale(LC_ALL, "")
        return false
    }
}
