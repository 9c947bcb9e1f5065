import GRDB

/// Reads what can still be read of a damaged library, as SQLite's own recovery does: row by row, by
/// rowid, stepping past each row or page that cannot be read instead of stopping at the first one.
///
/// The file is opened read-only with `writable_schema` on, which lets SQLite read a file shorter than its
/// header says (a truncated copy, a disk that filled up): the pages that are gone read as damaged, the
/// others as they are.
struct SalvageReader {
    /// The rows of one table that read back, by rowid.
    struct Rows {
        var rows: [Int64: Row] = [:]
        /// False when some row or page could not be read: rows may be missing.
        var isWhole = true
    }

    /// The rowids a table's indexes still list: a count of the rows there were, beside those that read back.
    struct Census {
        var rowids: Set<Int64> = []
        /// True when at least one index, or the table itself, was read to its end without an error.
        var isWhole = false
    }

    /// How far past the highest rowid known the probing goes when the table's last pages cannot be read:
    /// nothing then says where the table ends.
    static let minimumMargin: Int64 = 1000

    private let queue: DatabaseQueue

    init?(path: String) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA writable_schema = ON") }
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        self.queue = queue
    }

    func close() { try? queue.close() }

    /// Whether a newer Parley wrote the file (its list of schema versions names one this build lacks).
    func hasNewerSchema() -> Bool {
        (try? queue.read { try LibraryStore.migrator.hasBeenSuperseded($0) }) ?? false
    }

    /// Every row of `table` that reads back whole, with its rowid.
    ///
    /// The table is walked in rowid order; where the walk fails, the rowid it was at is read alone and
    /// the walk starts again after it, so one bad page costs its own rows only. When the walk keeps
    /// failing to the end, probing goes on past the highest rowid known (from `known` and from the rows
    /// read) by as many rowids again, at least `minimumMargin`: rows beyond a lost stretch are still found.
    func rows(of table: String, columns: String = "*", known: Set<Int64> = []) -> Rows {
        var result = Rows()
        guard exists(table) else { return result }
        let quoted = table.quotedDatabaseIdentifier
        let walk = "SELECT _rowid_ AS salvage_rowid, \(columns) FROM \(quoted) WHERE _rowid_ >= ? ORDER BY _rowid_"
        let probe = "SELECT _rowid_ AS salvage_rowid, \(columns) FROM \(quoted) WHERE _rowid_ = ?"
        var next = min(1, known.min() ?? 1)
        var highest = known.max() ?? 0
        try? queue.read { db in
            while next <= highest + max(Self.minimumMargin, highest) {
                do {
                    let cursor = try Row.fetchCursor(db, sql: walk, arguments: [next])
                    while let row = try cursor.next() {
                        let rowid: Int64 = row["salvage_rowid"]
                        result.rows[rowid] = row.copy()
                        highest = max(highest, rowid)
                        next = rowid + 1
                    }
                    return
                } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                    // not damage but a table this version of the schema does not have as written
                    result.isWhole = false
                    return
                } catch {
                    result.isWhole = false
                    if let row = try? Row.fetchOne(db, sql: probe, arguments: [next]) {
                        result.rows[next] = row
                        highest = max(highest, next)
                    }
                    next += 1
                }
            }
        }
        return result
    }

    /// The rowids of `table` that its indexes list, each index read from both ends (a bad page stops a
    /// walk, and the other end reaches past it); `extra` adds rowids known from elsewhere.
    func census(of table: String, extra: Rows? = nil) -> Census {
        var census = Census()
        if let extra {
            census.rowids.formUnion(extra.rows.keys)
            census.isWhole = extra.isWhole
        }
        let indexes: [(name: String, column: String)] =
            (try? queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                    arguments: [table]
                )
                .compactMap { name in
                    let first = try String.fetchOne(
                        db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno LIMIT 1", arguments: [name])
                    return first.map { (name, $0) }
                }
            }) ?? []
        for index in indexes {
            for order in ["ASC", "DESC"] {
                let sql = """
                    SELECT _rowid_ FROM \(table.quotedDatabaseIdentifier) INDEXED BY \(index.name.quotedDatabaseIdentifier)
                    ORDER BY \(index.column.quotedDatabaseIdentifier) \(order)
                    """
                do {
                    try queue.read { db in
                        let cursor = try Int64.fetchCursor(db, sql: sql)
                        while let rowid = try cursor.next() { census.rowids.insert(rowid) }
                    }
                    census.isWhole = true
                    break  // read whole from one end: the other has nothing more
                } catch {
                    continue
                }
            }
        }
        return census
    }

    private func exists(_ table: String) -> Bool {
        let count = try? queue.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
        }
        return (count ?? 0) > 0
    }
}
