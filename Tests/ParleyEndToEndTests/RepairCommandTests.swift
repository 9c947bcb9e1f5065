import Foundation
import ParleyTestSupport
import Testing

/// `parley repair` on libraries it should not or cannot rebuild, and after a repair that was cut off.
@Suite struct RepairCommandTests {
    @Test(
        .enabled(if: Tmux.binary != nil && ParleyRun.unprivileged != nil, "needs the binary, and setpriv as root"),
        arguments: ["file", "folder"])
    func aHealthyReadOnlyLibraryIsExplainedAsReadOnly(_ readOnly: String) throws {
        let directory = Fixtures.temporaryDirectory("parley-repair-ro")
        defer {
            chmod(directory.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        let path = try LibraryFileTests.seededLibrary(in: directory)
        // the library and its folder belong to the user the repair runs as; one of them is read-only
        let user = ParleyRun.unprivilegedUser
        chown(directory.path, user, gid_t(user))
        chown(path, user, gid_t(user))
        if readOnly == "file" { chmod(path, 0o444) } else { chmod(directory.path, 0o555) }
        let before = LibraryFileTests.bytes(path)

        let repair = try ParleyRun.run(["repair", "--library", path], through: try #require(ParleyRun.unprivileged))
        #expect(repair.status == 3)
        #expect(repair.errors.contains("can only be read"), "\(repair.errors)")
        #expect(!repair.errors.contains("no article can be read"), "\(repair.errors)")
        #expect(LibraryFileTests.bytes(path) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.sorted() == ["in", "lib.sqlite"], "\(names)")
    }
}
