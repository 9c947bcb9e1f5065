import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension RawPath {
    /// What is at a path, as `stat` (following links) says.
    enum Kind: Equatable {
        case file
        case directory
        case missing
        /// `stat` failed for another reason: the reason, in lower case ("permission denied").
        case failed(String)
    }

    var kind: Kind {
        var info = stat()
        let result = withCString { stat($0, &info) }
        guard result == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .failed(Self.reason(errno))
        }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    /// The file's bytes, read with the system calls; one byte past `limit` at most, so a caller can tell
    /// a file that is too large.
    func contents(limit: Int) throws(ReadError) -> Data {
        let descriptor = withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { throw .unreadable(path, reason: Self.reason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, Int(info.st_size) > limit {
            throw .tooLarge(path, bytes: Int(info.st_size), limit: limit)
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while data.count <= limit {
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path, reason: Self.reason(errno)) }
            if count == 0 { break }
            data.append(contentsOf: chunk[..<count])
        }
        return data
    }

    /// This path made absolute against the working directory, with `.` and `..` components and repeated
    /// slashes taken out by their spelling alone (links are not followed), as `URL.standardizedFileURL` does.
    var standardized: RawPath {
        var full = bytes
        if full.first != UInt8(ascii: "/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                let cwd = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
                full = cwd + [UInt8(ascii: "/")] + full
            }
        }
        var parts: [ArraySlice<UInt8>] = []
        for part in full.split(separator: UInt8(ascii: "/")) {
            if part.elementsEqual([UInt8(ascii: ".")]) { continue }
            if part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        return RawPath(
            bytes: parts.reduce(into: [UInt8]()) { $0 += [UInt8(ascii: "/")] + $1 }.ifEmpty([UInt8(ascii: "/")]))
    }

    /// Every file below this directory whose name `keep` accepts, in byte order, hidden names (a leading
    /// dot) skipped; and one failure line for each folder that could not be listed.
    ///
    /// Links to files are listed (reading follows them); links to folders are not entered, so a link
    /// loop cannot trap the walk.
    func filesBelow(keeping keep: (RawPath) -> Bool) -> (files: [RawPath], failures: [String]) {
        var files: [RawPath] = []
        var failures: [String] = []
        var pending = [self]
        while let folder = pending.popLast() {
            guard let handle = folder.withCString({ opendir($0) }) else {
                failures.append(ReadError.unreadable(folder.path, reason: Self.reason(errno)).description)
                continue
            }
            defer { closedir(handle) }
            var subfolders: [RawPath] = []
            while let entry = readdir(handle) {
                let name = Self.name(of: entry)
                guard let first = name.first, first != UInt8(ascii: ".") else { continue }
                let child = folder.appending(name)
                switch Int(entry.pointee.d_type) {
                case Int(DT_DIR): subfolders.append(child)
                case Int(DT_UNKNOWN):
                    // Some file systems do not say what an entry is: ask without following links.
                    var info = stat()
                    if child.withCString({ lstat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                        subfolders.append(child)
                    } else if keep(child) {
                        files.append(child)
                    }
                default: if keep(child) { files.append(child) }
                }
            }
            pending += subfolders
        }
        return (files.sorted(), failures)
    }

    /// The bytes of a directory entry's name.
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafePointer(to: &entry.pointee.d_name) { tuple in
            tuple.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { start in
                Array(
                    UnsafeBufferPointer(
                        start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))))
            }
        }
    }

    /// `strerror` as Parley words its reasons: "Permission denied" becomes "permission denied".
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

extension Array {
    fileprivate func ifEmpty(_ replacement: [Element]) -> [Element] { isEmpty ? replacement : self }
}
