extension LabeledDataset {
    /// Loads an image/label pair of IDX files (gzip or plain) as a dataset of
    /// `[1, rows, columns]` images with pixels scaled from 0...255 to 0...1.
    /// - Throws: `DataError` when either file is missing, corrupt, of the wrong kind, when the
    ///   two files disagree on the number of examples, or when a label is not a valid class.
    public static func loadIDX(
        name: String, imagesPath: String, labelsPath: String, classNames: [String]
    ) throws -> LabeledDataset {
        let images = try IDXFile.readImages(path: imagesPath)
        let labelFile = try IDXFile.readLabels(path: labelsPath)
        guard images.dimensions[0] == labelFile.dimensions[0] else {
            throw DataError.mismatch(
                "\(imagesPath) holds \(images.dimensions[0]) images but \(labelsPath) holds "
                    + "\(labelFile.dimensions[0]) labels")
        }
        if let index = labelFile.bytes.firstIndex(where: { Int($0) >= classNames.count }) {
            throw DataError.corrupt(
                path: labelsPath,
                detail: "label \(labelFile.bytes[index]) of example \(index) is not one of the "
                    + "\(classNames.count) classes")
        }
        // Division (not multiplication by 1/255) so every pixel is the float nearest to p/255.
        let pixels = images.bytes.map { Float($0) / 255 }
        return try LabeledDataset(
            name: name, features: pixels, sampleShape: [1, images.dimensions[1], images.dimensions[2]],
            labels: labelFile.bytes.map(Int.init), classNames: classNames)
    }
}
