import Foundation

/// A look at the library file's page structure, cheap enough for every start of a reading command.
///
/// SQLite's integrity check reads every page, which takes seconds on a large library. This reads the
/// pages that hold each table and index together: every interior page of every b-tree, each of which
/// must be an interior page of its tree's kind, with cells inside the page and children inside the file,
/// no page reached twice. Then the first byte of each leaf page those point at, which a zeroed or
/// overwritten page gets wrong, for as long as `leafBudget` allows: on a large library the leaves are
/// most of the file, so each start checks a different stretch of them, beginning where the clock says.
/// The long text of articles (overflow pages) is not read here; SQLite checks it when it is read.
///
/// The file is read as it is on disk, so the check is only meaningful when the write-ahead log holds
/// nothing: `LibraryStore` runs it only then, inside a read transaction, which keeps a checkpoint from
/// changing the file underneath it.
struct PageCheck {
    /// One table or index: its name and its root page.
    struct Tree {
        var name: String
        var root: Int
    }

    let trees: [Tree]
    /// How long the leaf pages may be read, in seconds, once every interior page has been.
    var leafBudget = 0.010
    /// Where the leaf pages are read from, as a fraction of them (0 to 1).
    var leafStart = 0.0
    /// Findings past this many are not looked for.
    var maximumFindings = 5

    /// What is wrong with the file at `path`, empty when nothing was found.
    func findings(path: String) -> [String] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }  // what cannot be opened here is SQLite's to report
        defer { close(descriptor) }
        var walk = Walk(descriptor: descriptor, limit: maximumFindings)
        guard walk.readHeader() else { return walk.findings }
        let all = [Tree(name: "sqlite_master", root: 1)] + trees
        for (index, tree) in all.enumerated() where walk.findings.count < maximumFindings {
            walk.interior(of: tree, index: index)
        }
        guard walk.findings.count < maximumFindings, walk.leafCount > 0 else { return walk.findings }
        // leaves in file order, from where `leafStart` points, round to where they began
        let pages = walk.leafOf.count
        let start = Int(Double(pages) * min(max(leafStart, 0), 1)) % pages
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(leafBudget * 1e9)
        var checked = 0
        for step in 0..<pages where walk.findings.count < maximumFindings {
            let page = (start + step) % pages
            let owner = Int(walk.leafOf[page])
            guard owner > 0 else { continue }
            checked += 1
            if checked % 512 == 0, DispatchTime.now().uptimeNanoseconds > deadline { break }
            let type = walk.byte(at: page)
            if type != walk.leafType[owner - 1] { walk.report(page, of: all[owner - 1].name, type) }
        }
        return walk.findings
    }

    /// The state of one check: the open file, its geometry, the pages seen and what was found.
    private struct Walk {
        let descriptor: Int32
        let limit: Int
        var pageSize = 4096
        var usable = 4096
        var pageCount = 0
        var seen: [Bool] = []
        /// For each page, 1 + the index of the tree it is a leaf of, or 0.
        var leafOf: [UInt16] = []
        var leafCount = 0
        /// The leaf page type of each tree, by index (13 a table's, 10 an index's).
        var leafType: [UInt8] = []
        var findings: [String] = []

        init(descriptor: Int32, limit: Int) {
            self.descriptor = descriptor
            self.limit = limit
        }

        /// Reads the database header: page size, reserved bytes, page count; a file shorter than the
        /// count is cut short.
        mutating func readHeader() -> Bool {
            let header = read(page: 1, length: 100)
            guard header.count == 100 else {
                findings.append("the file is shorter than its own header")
                return false
            }
            let size = Int(header[16]) << 8 | Int(header[17])
            pageSize = size == 1 ? 65536 : size
            usable = pageSize - Int(header[20])
            guard pageSize >= 512, pageSize.nonzeroBitCount == 1, usable >= 480 else {
                findings.append("the header gives no valid page size")
                return false
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return false }
            let inFile = Int(info.st_size) / pageSize
            // the header's page count is valid when the change counter matches the one stored beside it
            let counted = header[24..<28] == header[92..<96] ? Self.integer(header, at: 28, bytes: 4) : 0
            if counted > inFile {
                findings.append("the file is cut short: it ends at page \(inFile) of \(counted)")
            }
            pageCount = counted > 0 ? min(counted, inFile) : inFile
            seen = Array(repeating: false, count: pageCount + 1)
            leafOf = Array(repeating: 0, count: pageCount + 1)
            return findings.isEmpty
        }

        /// Walks the interior pages of `tree` from its root, marking its leaves with the type they need.
        mutating func interior(of tree: PageCheck.Tree, index: Int) {
            leafType.append(0)
            guard (1...pageCount).contains(tree.root), !seen[tree.root] else {
                findings.append("\(tree.name) starts at page \(tree.root), outside the file or in another tree")
                return
            }
            seen[tree.root] = true
            let root = read(page: tree.root)
            let offset = tree.root == 1 ? 100 : 0
            guard root.count > offset, [2, 5, 10, 13].contains(root[offset]) else {
                report(tree.root, of: tree.name, root.count > offset ? root[offset] : 0)
                return
            }
            leafType[index] = root[offset] == 2 || root[offset] == 10 ? 10 : 13
            let interiorType = leafType[index] == 10 ? UInt8(2) : UInt8(5)
            guard root[offset] == interiorType else { return }  // a root that is its only leaf
            // every leaf of a b-tree lies at the same depth: the leftmost path gives it
            var depth = 1
            var page = root
            var pageOffset = offset
            while findings.count < limit {
                guard let first = children(of: page, at: pageOffset).first else { return }
                page = read(page: first)
                pageOffset = 0
                guard page.first == interiorType else { break }
                depth += 1
            }
            var level = [tree.root]
            for remaining in stride(from: depth, to: 0, by: -1) where findings.count < limit {
                var next: [Int] = []
                for number in level where findings.count < limit {
                    let bytes = number == tree.root ? root : read(page: number)
                    let at = number == 1 ? 100 : 0
                    guard bytes.count > at, bytes[at] == interiorType else {
                        report(number, of: tree.name, bytes.count > at ? bytes[at] : 0)
                        continue
                    }
                    for child in children(of: bytes, at: at) {
                        guard (2...max(2, pageCount)).contains(child), !seen[child] else {
                            let whereItIs = child > pageCount ? "past the end of the file" : "which another page holds"
                            findings.append("page \(number) of \(tree.name) points at page \(child), \(whereItIs)")
                            break
                        }
                        seen[child] = true
                        if remaining > 1 {
                            next.append(child)
                        } else if index < Int(UInt16.max) {
                            leafOf[child] = UInt16(index + 1)
                            leafCount += 1
                        }
                    }
                }
                level = next
            }
        }

        /// The child page numbers of an interior page, or none (and a finding) when its cells do not fit.
        mutating func children(of page: [UInt8], at offset: Int) -> [Int] {
            guard page.count == pageSize else { return [] }
            let cells = Self.integer(page, at: offset + 3, bytes: 2)
            guard offset + 12 + 2 * cells <= usable else {
                findings.append("an interior page holds more cells than fit in it")
                return []
            }
            var result: [Int] = []
            for cell in 0..<cells {
                let pointer = Self.integer(page, at: offset + 12 + 2 * cell, bytes: 2)
                guard pointer >= offset + 12 + 2 * cells, pointer + 4 <= usable else { return [] }
                result.append(Self.integer(page, at: pointer, bytes: 4))
            }
            result.append(Self.integer(page, at: offset + 8, bytes: 4))
            return result
        }

        mutating func report(_ page: Int, of tree: String, _ type: UInt8) {
            let what = type == 0 ? "reads as zeros" : "is not a page of its tree"
            findings.append("page \(page) of \(tree) \(what)")
        }

        func read(page: Int, length: Int? = nil) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: length ?? pageSize)
            let count = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress, $0.count, off_t((page - 1) * pageSize))
            }
            return count > 0 ? Array(bytes.prefix(count)) : []
        }

        func byte(at page: Int) -> UInt8 {
            var byte: UInt8 = 0
            return pread(descriptor, &byte, 1, off_t((page - 1) * pageSize)) == 1 ? byte : 0
        }

        static func integer(_ bytes: [UInt8], at offset: Int, bytes count: Int) -> Int {
            guard offset >= 0, offset + count <= bytes.count else { return 0 }
            return bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
    }
}
