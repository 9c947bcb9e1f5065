import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Pages of my own writing whose article stands where a reader finds it but a page reader might not: in a box
/// named like furniture, in the article's header, behind `<noscript>`, with ruby readings or soft hyphens.
@Suite struct HTMLMainTextTests {
    func page(_ html: String) throws -> Article {
        try Fixtures.article(html, name: "page.html")
    }

    /// Four paragraphs of a made-up report on a harbour, long enough to score as prose.
    static let story = """
        <p>The harbour board of Tromsø agreed on Monday, after a long night of talks, to widen the northern quay \
        for the new ferries.</p>
        <p>Work starts in April, the board said, and the old fish market will move to the eastern pier while the \
        cranes are up.</p>
        <p>Fishermen, who had asked for the change for years, welcomed the plan but asked for a second slipway \
        as well.</p>
        <p>The town council still has to approve the money, and its vote, set for the first week of May, is         expected to be close.</p>
        """

    static let menu = """
        <div class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>\
        <li><a href="/sport">Sport</a></li></ul></div>
        """

    @Test func articleInsideABoxNamedLikeFurnitureIsRead() throws {
        // the theme wraps the whole post in boxes named for a skip link and a sticky share bar
        let html = """
            <html><body>\(Self.menu)
            <div id="skiplink-inhalt"><div id="socialicons-sticky"><div class="entry-content">\(Self.story)\
            </div></div></div>
            <div class="share-bar"><a href="/share">Share this story with a friend</a></div>
            </body></html>
            """
        let text = try page(html).text
        #expect(text.contains("The harbour board of Tromsø agreed on Monday"))
        #expect(text.contains("asked for a second slipway as well."))
        #expect(!text.contains("Share this story"))
    }

    @Test func boxHoldingMostOfThePagesProseIsReadWhateverItsName() throws {
        // the paragraphs sit straight in a box named for the links set in the text
        let html = """
            <html><body>\(Self.menu)
            <div class="intext-links">\(Self.story)
            <p>Ferry crews, who will use the quay most, asked for wider gangways, better lights and a shelter from the             wind, which the board promised to consider.</p>
            <p>The last time the quay was widened, in the nineteen-seventies, the work ran a full year late and cost             twice what was planned.</p></div>
            <div class="sidebar"><p>Weather: rain, then sun, and a fresh breeze from the west by evening.</p></div>
            </body></html>
            """
        let text = try page(html).text
        #expect(text.contains("Work starts in April"))
        #expect(!text.contains("fresh breeze"))
    }

    @Test func leadInTheArticlesHeaderIsReadWithoutItsByline() throws {
        // a lead of a paragraph is the article's opening; its title and byline are read from the page's metadata
        let html = """
            <html><body>\(Self.menu)
            <article><header><h1>Quay to be widened</h1>
            <p class="byline">By Kari Nordmann, 12 March 2024</p>
            <p class="article__lead">The northern quay will take ferries twice the size of today's from next             summer. The board had weighed a new harbour south of the town, but chose the cheaper plan.</p>
            </header>
            <div class="article-body">\(Self.story)</div></article>
            </body></html>
            """
        let article = try page(html)
        #expect(article.text.hasPrefix("The northern quay will take ferries twice the size"))
        #expect(article.text.contains("The harbour board of Tromsø"))
        #expect(!article.text.contains("Kari Nordmann"))
    }

    @Test func headingNamedLikeAMenuAnchorIsKept() throws {
        let html = """
            <html><body><article><div class="article-content">\(Self.story)
            <h3 id="nav_what_comes_next" class="subheading">What comes next for the pier</h3>
            <p>The eastern pier gets new lights, a roof over the market and, later, a waiting room for buses.</p>
            </div></article></body></html>
            """
        let text = try page(html).text
        #expect(text.contains("What comes next for the pier"))
    }

    @Test func articleShownOnlyWithoutScriptsIsRead() throws {
        // the page draws its post with a script; the same post stands in <noscript> for readers without one
        let html = """
            <html><head><noscript><img src="/pixel.gif"></noscript></head><body>
            <div class="post-body"><div id="app"></div><noscript>\(Self.story)</noscript></div>
            <noscript>Please turn on JavaScript to comment.</noscript>
            </body></html>
            """
        let text = try page(html).text
        #expect(text.contains("The harbour board of Tromsø"))
        #expect(!text.contains("turn on JavaScript"))
    }

    @Test func rubyReadingsAndSoftHyphensAreNotText() throws {
        let html = """
            <html><body><article>
            <p><ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby>の<ruby>工事<rt>こうじ</rt></ruby>は四月に始まります。\
            新しいフェリーのために北の岸壁を広げます。</p>
            <p>Die Hafen\u{AD}verwaltung hat am Montag be\u{AD}schlossen, den nördlichen Kai für die neuen Fähren zu \
            verbreitern.</p>
            </article></body></html>
            """
        let text = try page(html).text
        #expect(text.contains("港の工事は四月に始まります。"))
        #expect(text.contains("Die Hafenverwaltung hat am Montag beschlossen"))
    }

    @Test func boxWhoseLabelIsHiddenIsRead() throws {
        // "field--label-hidden": the field's label is hidden, not its text
        let html = """
            <html><body>\(Self.menu)
            <div class="field field--name-body field--label-hidden">\(Self.story)</div>
            </body></html>
            """
        let text = try page(html).text
        #expect(text.contains("Fishermen, who had asked for the change"))
    }

    @Test func pageWhoseEveryBoxIsNamedLikeFurnitureStillGivesItsText() throws {
        let html = """
            <html><body><div class="page-header-wrap"><div class="nav-holder">
            <p>Opening hours of the harbour office: weekdays from eight until four.</p>
            </div></div></body></html>
            """
        let text = try page(html).text
        #expect(text == "Opening hours of the harbour office: weekdays from eight until four.")
    }

    @Test func listOfShortItemsInTheArticleIsKept() throws {
        // items of a list without commas score the list below zero as Readability starts it; it is the article's
        let html = """
            <html><body>\(Self.menu)
            <article><div class="entry-content">\(Self.story)
            <p>What the board will buy for the quay:</p>
            <ul><li>Three new gangways for the ferries</li><li>Lights along the whole northern quay</li></ul>
            </div></article></body></html>
            """
        let text = try page(html).text
        #expect(text.contains("Three new gangways for the ferries"))
        #expect(text.contains("Lights along the whole northern quay"))
    }

    @Test func textStraightInBoxesBesidePhotosIsKept() throws {
        // a photo story: each section a photo and a box of text with no <p>
        let section = """
            <div class="story-section"><img src="a.jpg"><img src="b.jpg">\
            <div class="story-section-body"><div class="story-section-text">The old fish market hall, built of \
            brick in the nineteen-twenties, gets a new roof and stays where it is, the board decided.</div></div></div>
            """
        let html = """
            <html><body>\(Self.menu)
            <main><div class="story">\(Self.story)\(section)</div></main></body></html>
            """
        let text = try page(html).text
        #expect(text.contains("The old fish market hall, built of brick"))
    }
}
