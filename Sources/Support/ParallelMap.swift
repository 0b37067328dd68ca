import Dispatch

/// Maps over an array on every core, keeping the order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let buffer = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        buffer.initialize(repeating: nil)
        // The slots hold the results until they are copied out: they must be released, not only freed.
        defer {
            buffer.deinitialize()
            buffer.deallocate()
        }
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots[i] = transform(items[i])
        }
        return buffer.map { $0! }
    }
}
