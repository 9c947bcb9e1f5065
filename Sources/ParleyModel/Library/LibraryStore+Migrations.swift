import GRDB

extension LibraryStore {
    /// "PRLY": marks a file as a Parley library, so another program's database is never touched.
    static let applicationID: Int32 = 0x5052_4C59

    /// The schema, one registered migration per change; never edit a shipped migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, entities, meetings, timeline") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "article") { t in
                t.column("id", .text).primaryKey()
                t.column("path", .text).notNull().indexed()
                t.column("source", .text).notNull()
                t.column("contentHash", .text).notNull().indexed()
                t.column("title", .text).notNull()
                t.column("subtitle", .text)
                t.column("byline", .text)
                t.column("sourceName", .text)
                t.column("body", .text).notNull()
                t.column("paragraphKinds", .text).notNull()
                t.column("displayTitle", .text).notNull()
                t.column("displayBody", .text).notNull()
                t.column("published", .text)
                t.column("publishedBasis", .text)
                t.column("captured", .text)
                // A reference date borrowed from another article's report of the same meeting.
                t.column("referenceDate", .text)
                t.column("referenceBasis", .text)
                t.column("warnings", .text).notNull().defaults(to: "")
                t.column("ingestedAt", .double).notNull()
            }
            try db.create(index: "article_by_published", on: "article", columns: ["published", "id"])
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("body")
            }
            // What a person added: kept when the article's file is ingested again.
            try db.create(table: "article_state") { t in
                t.column("articleId", .text).primaryKey().references("article", onDelete: .cascade)
                t.column("isRead", .boolean).notNull().defaults(to: false)
                t.column("userPublished", .text)
            }
            try db.create(table: "entity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("article", onDelete: .cascade)
                t.column("name", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("leader", .boolean).notNull()
                t.column("role", .text)
                t.column("country", .text)
                t.column("mentionCount", .integer).notNull()
            }
            try db.create(table: "mention") { t in
                t.column("entityId", .integer).notNull().indexed().references("entity", onDelete: .cascade)
                t.column("articleId", .text).notNull().indexed()
                t.column("text", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
            }
            try db.create(table: "meeting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("article", onDelete: .cascade)
                t.column("participants", .text).notNull().indexed()
                t.column("place", .text)
                t.column("venue", .text)
                t.column("date", .text)
                t.column("precision", .text).notNull()
                t.column("dateBasis", .text).notNull()
                t.column("status", .text).notNull()
                t.column("evidence", .text).notNull()
                t.column("evidenceStart", .integer).notNull()
                t.column("evidenceEnd", .integer).notNull()
                t.column("isCurrent", .boolean).notNull()
                t.column("weekday", .integer)
                t.column("ordinal", .integer)
            }
            // Leader search: every word of every name form (canonical, alias, as written) of every person,
            // normalised, so a prefix query is an index range.
            try db.create(table: "person_word") { t in
                t.column("word", .text).notNull()
                t.column("name", .text).notNull()
                t.column("form", .text).notNull()
                t.primaryKey(["word", "name", "form"])
            }
            try db.create(table: "timeline_entry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("participants", .text).notNull()
                t.column("place", .text)
                t.column("date", .text)
                t.column("precision", .text).notNull()
                t.column("dateBasis", .text).notNull()
                t.column("status", .text).notNull()
                t.column("sortKey", .text).notNull().indexed()
            }
            try db.create(table: "timeline_article") { t in
                t.column("entryId", .integer).notNull().references("timeline_entry", onDelete: .cascade)
                t.column("articleId", .text).notNull()
                t.column("meetingId", .integer)
                t.primaryKey(["entryId", "articleId"])
            }
            try db.create(table: "timeline_participant") { t in
                t.column("entryId", .integer).notNull().references("timeline_entry", onDelete: .cascade)
                t.column("name", .text).notNull().indexed()
            }
        }
        // The article list, newest first, read from an index instead of sorting every article: each
        // article's effective date (a person's date, else the published one; '' when undated, so it sorts
        // last) is kept beside its state by triggers, whatever code path writes either date.
        migrator.registerMigration("v2: list order index") { db in
            try db.alter(table: "article_state") { t in
                t.add(column: "listKey", .text).notNull().defaults(to: "")
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER article_state_list_key_on_insert AFTER INSERT ON article_state BEGIN
                      UPDATE article_state
                      SET listKey = COALESCE(NEW.userPublished, (SELECT published FROM article WHERE id = NEW.articleId), '')
                      WHERE articleId = NEW.articleId;
                    END;
                    CREATE TRIGGER article_state_list_key_on_user_date AFTER UPDATE OF userPublished ON article_state BEGIN
                      UPDATE article_state
                      SET listKey = COALESCE(NEW.userPublished, (SELECT published FROM article WHERE id = NEW.articleId), '')
                      WHERE articleId = NEW.articleId;
                    END;
                    CREATE TRIGGER article_list_key_on_published AFTER UPDATE OF published ON article BEGIN
                      UPDATE article_state SET listKey = COALESCE(userPublished, NEW.published, '')
                      WHERE articleId = NEW.id;
                    END;
                    INSERT OR IGNORE INTO article_state (articleId) SELECT id FROM article;
                    UPDATE article_state
                    SET listKey = COALESCE(userPublished, (SELECT published FROM article WHERE id = articleId), '');
                    CREATE INDEX article_state_by_list_key ON article_state (listKey DESC, articleId);
                    """)
        }
        // Leader completion ranks people by how many articles name them: counted once per person here, kept
        // by triggers as entities come and go, instead of counting entity rows on every key press.
        migrator.registerMigration("v3: person counts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE person_count (
                      name TEXT PRIMARY KEY NOT NULL,
                      articles INTEGER NOT NULL DEFAULT 0,
                      leaderArticles INTEGER NOT NULL DEFAULT 0);
                    INSERT INTO person_count (name, articles, leaderArticles)
                      SELECT name, COUNT(*), SUM(leader) FROM entity WHERE kind = 'person' GROUP BY name;
                    CREATE TRIGGER person_count_on_insert AFTER INSERT ON entity WHEN NEW.kind = 'person' BEGIN
                      INSERT INTO person_count (name, articles, leaderArticles) VALUES (NEW.name, 1, NEW.leader)
                      ON CONFLICT(name) DO UPDATE SET
                        articles = articles + 1, leaderArticles = leaderArticles + NEW.leader;
                    END;
                    CREATE TRIGGER person_count_on_delete AFTER DELETE ON entity WHEN OLD.kind = 'person' BEGIN
                      UPDATE person_count SET articles = articles - 1, leaderArticles = leaderArticles - OLD.leader
                      WHERE name = OLD.name;
                    END;
                    """)
        }
        // Derived data marked stale by a write that changed articles, until the rebuild that clears it.
        migrator.registerMigration("v4: library state") { db in
            try db.execute(sql: "CREATE TABLE library_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
        }
        // v5
        // Text in scripts written without spaces (Chinese, Japanese, Thai, Korean with attached particles) is
        // one unicode61 token per run, so a word inside a run is not found in article_fts. Articles that may
        // hold such letters are copied, by triggers, into a trigram index: three letters or more are found
        // through it, and a shorter word through the trigrams its vocabulary lists as starting with it.
        migrator.registerMigration("v5: unspaced script search") { db in
            // Which articles to copy, judged by the lead bytes of those scripts' UTF-8 (E0: Thai to Tibetan;
            // E1: Myanmar, Hangul jamo, Khmer; E3 to E9: kana and Han; EA to ED: Hangul; EF: compatibility
            // ideographs, half-width kana; F0: Han beyond the first plane). A byte search is a tenth of the
            // cost of a GLOB over those ranges; it also takes in some articles that need no copy (Hindi,
            // Vietnamese, emoji), never leaves out one that does. English punctuation (’ “ —) leads with E2.
            let leads = ["E0", "E1", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "EA", "EB", "EC", "ED", "EF", "F0"]
            func holdsScript(_ row: String) -> String {
                let text = "CAST(\(row).title || ' ' || \(row).body AS BLOB)"
                return "(" + leads.map { "instr(\(text), x'\($0)') > 0" }.joined(separator: " OR ") + ")"
            }
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE article_script USING fts5(title, body, tokenize = 'trigram');
                    CREATE VIRTUAL TABLE article_script_vocab USING fts5vocab(article_script, row);
                    INSERT INTO article_script (rowid, title, body)
                      SELECT rowid, title, body FROM article WHERE \(holdsScript("article"));
                    CREATE TRIGGER article_script_on_insert AFTER INSERT ON article WHEN \(holdsScript("NEW")) BEGIN
                      INSERT INTO article_script (rowid, title, body) VALUES (NEW.rowid, NEW.title, NEW.body);
                    END;
                    CREATE TRIGGER article_script_on_delete AFTER DELETE ON article BEGIN
                      DELETE FROM article_script WHERE rowid = OLD.rowid;
                    END;
                    CREATE TRIGGER article_script_on_update AFTER UPDATE OF title, body ON article BEGIN
                      DELETE FROM article_script WHERE rowid = OLD.rowid;
                      INSERT INTO article_script (rowid, title, body)
                        SELECT NEW.rowid, NEW.title, NEW.body WHERE \(holdsScript("NEW"));
                    END;
                    """)
        }
        // Who met whom, kept as the timeline is rebuilt (grouping 100,000 entries on a key press took 0.6 s):
        // each set of participants with its number of meetings, first and last date, places by frequency.
        migrator.registerMigration("v6: timeline pairs") { db in
            try db.execute(
                sql: """
                    CREATE TABLE timeline_pair (
                      participants TEXT PRIMARY KEY NOT NULL,
                      meetings INTEGER NOT NULL,
                      first TEXT,
                      last TEXT,
                      places TEXT NOT NULL);
                    CREATE INDEX timeline_pair_by_meetings ON timeline_pair (meetings DESC, participants);
                    """)
            // filled by the next rebuild of what is derived, as after an interrupted add
            try markStale(db)
        }
        // One pair's meetings in date order (the chart's row under the cursor, a pair chosen in the pairs
        // view) without reading the whole timeline: 40 ms a key at 400,000 entries before.
        migrator.registerMigration("v7: timeline by participants") { db in
            try db.execute(
                sql: "CREATE INDEX timeline_entry_by_participants ON timeline_entry (participants, sortKey)")
        }
        // A saved web page's own address (its canonical link), which the reader opens instead of the file.
        migrator.registerMigration("v8: web page addresses") { db in
            try db.alter(table: "article") { t in t.add(column: "canonicalURL", .text) }
        }
        // Feeds (#15): each subscription with what the last fetch learnt (validators for a conditional
        // GET, when the server asked to be left alone until), and each entry stored, by the keys that
        // tell a repeated entry: GUID, link and a hash of its content. Removing a feed keeps its articles,
        // so entries name their feed by address, without a foreign key.
        migrator.registerMigration("v9: feeds") { db in
            try db.execute(
                sql: """
                    CREATE TABLE feed (
                      url TEXT PRIMARY KEY NOT NULL,
                      name TEXT,
                      title TEXT,
                      etag TEXT,
                      lastModified TEXT,
                      fetchedAt REAL,
                      status TEXT,
                      retryAfter REAL,
                      addedAt REAL NOT NULL);
                    CREATE TABLE feed_entry (
                      id INTEGER PRIMARY KEY,
                      feedUrl TEXT NOT NULL,
                      guid TEXT,
                      link TEXT,
                      contentHash TEXT NOT NULL,
                      articleId TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE);
                    CREATE INDEX feed_entry_by_guid ON feed_entry (guid);
                    CREATE INDEX feed_entry_by_link ON feed_entry (link);
                    CREATE INDEX feed_entry_by_hash ON feed_entry (contentHash);
                    CREATE INDEX feed_entry_by_article ON feed_entry (articleId);
                    """)
        }
        // v5 gained its vocabulary table after libraries had been made with the first v5: those never got
        // it, and a one- or two-letter search in Chinese or Japanese failed on them. Made here for them.
        migrator.registerMigration("v10: unspaced script vocabulary") { db in
            try db.execute(
                sql: "CREATE VIRTUAL TABLE IF NOT EXISTS article_script_vocab USING fts5vocab(article_script, row)")
        }
        return migrator
    }
}
