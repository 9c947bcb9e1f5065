import Glibc

/// What tells the reader that another process changed the library: the size and modification time of
/// the library file and of its write-ahead log, read with two `stat` calls, no query.
public struct LibraryStamp: Sendable, Equatable {
    var parts: [Int]
}

extension LibraryStore {
    /// The library's files as they are now; nil for a library in memory (nothing else can change it).
    public func changeStamp() -> LibraryStamp? {
        guard let path else { return nil }
        var parts: [Int] = []
        for file in [path, path + "-wal"] {
            var info = stat()
            if stat(file, &info) == 0 {
                parts += [Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec, Int(info.st_ino)]
            } else {
                parts += [-1, 0, 0, 0]
            }
        }
        return LibraryStamp(parts: parts)
    }
}
