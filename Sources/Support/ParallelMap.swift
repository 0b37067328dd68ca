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

    /// `map` for items too large to hold all at once: each is moved out of the list as its turn comes
    /// and released once transformed (at 10,000 articles the pages' Markdown is hundreds of megabytes).
    /// The caller hands the list over: no other copy of it may be held.
    public static func mapReleasing<T: Sendable, R: Sendable>(_ items: consuming [T], _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        let source = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        _ = source.initialize(from: items)
        items = []
        let buffer = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer {
            // Every item was moved out: only the slots hold values still.
            source.deallocate()
            buffer.deinitialize()
            buffer.deallocate()
        }
        nonisolated(unsafe) let (sources, slots) = (source, buffer)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots[i] = transform((sources.baseAddress! + i).move())
        }
        return buffer.map { $0! }
    }

    /// Two independent pieces of work at once, on two cores where there are two: their results, in order.
    /// The first goes to another thread and the second runs on this one, so that a parallel map inside
    /// either still has every core (a map inside `concurrentPerform` gets one core of two).
    public static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        nonisolated(unsafe) var a: A?
        let done = DispatchSemaphore(value: 0)
        // The first piece of work is over, and let go, before this returns: it never outlives the call.
        let b = withoutActuallyEscaping(first) { first in
            nonisolated(unsafe) var pending: (() -> A)? = first
            DispatchQueue.global().async {
                a = pending!()
                pending = nil
                done.signal()
            }
            let b = second()
            done.wait()
            return b
        }
        return (a!, b)
    }
}
