extension Array {
    /// The same elements without the spare room appending left (up to as much again): for arrays
    /// kept long, such as every sentence's tokens or every page's links.
    public func withoutSpareRoom() -> [Element] {
        capacity > count ? withUnsafeBufferPointer { Array($0) } : self
    }
}
