/// The source with Windows (`\r\n`) and old Mac (`\r`) line endings turned into `\n`.
/// Swift treats `\r\n` as one character, so every later stage relies on this.
func normalizedLineEndings(_ source: String) -> String {
    guard source.utf8.contains(13) else { return source }
    var scalars = String.UnicodeScalarView()
    var previousWasReturn = false
    for scalar in source.unicodeScalars {
        if scalar == "\r" {
            scalars.append("\n")
            previousWasReturn = true
            continue
        }
        if scalar == "\n" && previousWasReturn {
            previousWasReturn = false
            continue
        }
        previousWasReturn = false
        scalars.append(scalar)
    }
    return String(scalars)
}
