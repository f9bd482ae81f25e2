package site

import (
	"fmt"
	"strings"
)

// FeedSize is the number of entries of an Atom feed.
const FeedSize = 20

// TermsPageSize is the number of terms on a page of a term list (/places/).
const TermsPageSize = 100

// SitemapSize is the most URLs one sitemap file holds (the protocol's limit is 50,000).
const SitemapSize = 50000

// pages lists every page of the site in a stable order.
func pages(s *Site, u urls) []*Page {
	home := Link{Title: "Home", URL: u.rel("")}
	siteFeed := u.rel("index.xml")
	var out []*Page
	add := func(p *Page) {
		p.URL = u.rel(urlPathOf(p.OutPath))
		p.Permalink = u.abs(urlPathOf(p.OutPath))
		if p.FeedURL == "" {
			p.FeedURL = siteFeed
		}
		out = append(out, p)
	}
	size := s.Config.Paginate
	add(&Page{Kind: "home", Title: s.Title, OutPath: "index.html",
		Paginator: &Paginator{Items: first(s.Briefings, size), Number: 1, Total: 1, TotalItems: len(s.Briefings)}})
	add(&Page{Kind: "feed", Title: s.Title, OutPath: "index.xml",
		Paginator: &Paginator{Items: first(s.Briefings, FeedSize), Number: 1, Total: 1, TotalItems: len(s.Briefings)}})

	for _, pg := range paginate(s.Briefings, size, "briefings/", u) {
		add(&Page{Kind: "list", Title: pageTitle("All briefings", pg), OutPath: outPath(pagePath("briefings/", pg.Number)),
			Paginator: pg, Breadcrumbs: []Link{home}})
	}
	for _, b := range s.Briefings {
		crumbs := []Link{home}
		if len(b.Theatres) > 0 {
			crumbs = append(crumbs, Link{Title: b.Theatres[0].Name, URL: b.Theatres[0].URL})
		}
		if len(b.Operations) > 0 {
			crumbs = append(crumbs, Link{Title: b.Operations[0].Name, URL: b.Operations[0].URL})
		}
		add(&Page{Kind: "briefing", Title: b.Title, OutPath: outPath(strings.TrimPrefix(b.URL, u.basePath)), Briefing: b, Breadcrumbs: crumbs})
	}
	for _, tx := range s.Taxonomies {
		section := Link{Title: tx.Title, URL: tx.URL}
		for _, order := range []struct {
			sort, base string
			terms      []*Term
		}{{"name", tx.Section, tx.Terms}, {"count", tx.Section + "by-count/", byCount(tx.Terms)}} {
			title := tx.Title
			if order.sort == "count" {
				title += " by number of briefings"
			}
			for _, pg := range paginateTerms(order.terms, TermsPageSize, order.base, u) {
				add(&Page{Kind: "terms", Title: pageTitle(title, pg), OutPath: outPath(pagePath(order.base, pg.Number)),
					Terms: pg.Terms, Paginator: pg, Taxonomy: tx, Sort: order.sort, Breadcrumbs: []Link{home}})
			}
		}
		for _, t := range tx.Terms {
			base := tx.Section + t.Slug + "/"
			addTermPages(add, t, size, base, u, []Link{home, section})
			if t.FeedURL != "" {
				add(&Page{Kind: "feed", Title: t.Name + " · " + s.Title, OutPath: base + "index.xml", Term: t, FeedURL: t.FeedURL,
					Paginator: &Paginator{Items: first(t.Briefings, FeedSize), Number: 1, Total: 1, TotalItems: len(t.Briefings)}})
			}
		}
	}
	archive := Link{Title: "Archive", URL: u.rel("archive/")}
	add(&Page{Kind: "archive", Title: "Archive", OutPath: "archive/index.html", Terms: s.Years, Breadcrumbs: []Link{home}})
	for _, y := range s.Years {
		addTermPages(add, y, size, "archive/"+y.Slug+"/", u, []Link{home, archive})
		for _, m := range y.Months {
			addTermPages(add, m, size, "archive/"+y.Slug+"/"+m.Slug+"/", u,
				[]Link{home, archive, {Title: y.Name, URL: y.URL}})
		}
	}
	add(&Page{Kind: "search", Title: "Search", OutPath: "search/index.html", Breadcrumbs: []Link{home}})
	add(&Page{Kind: "searchindex", Title: "Search index", OutPath: "search-index.json"})
	add(&Page{Kind: "annotations", Title: "Annotations", OutPath: "annotations.json"})
	add(&Page{Kind: "404", Title: "Page not found", OutPath: "404.html"})
	return append(out, sitemaps(s, out, u)...)
}

// addTermPages adds the paginated pages of one term.
func addTermPages(add func(*Page), t *Term, size int, base string, u urls, crumbs []Link) {
	for _, pg := range paginate(t.Briefings, size, base, u) {
		p := &Page{Kind: "term", Title: pageTitle(t.Name, pg), OutPath: outPath(pagePath(base, pg.Number)),
			Term: t, Paginator: pg, Breadcrumbs: crumbs, FeedURL: t.FeedURL}
		if pg.Number > 1 {
			p.Breadcrumbs = append(crumbs[:len(crumbs):len(crumbs)], Link{Title: t.Name, URL: t.URL})
		}
		add(p)
	}
}

// sitemaps lists every HTML page but the 404 page in sitemap.xml, or, past SitemapSize
// URLs, in sitemap-1.xml, sitemap-2.xml… named by a sitemap index at sitemap.xml; and adds
// robots.txt, which names it.
func sitemaps(s *Site, pages []*Page, u urls) []*Page {
	var all []SitemapURL
	for _, p := range pages {
		if p.Kind == "404" || !strings.HasSuffix(p.OutPath, ".html") {
			continue
		}
		mod := s.Generated
		switch {
		case p.Briefing != nil:
			mod = p.Briefing.Date
		case p.Term != nil && len(p.Term.Briefings) > 0:
			mod = p.Term.Newest()
		}
		all = append(all, SitemapURL{Loc: p.Permalink, Lastmod: mod})
	}
	robots := &Page{Kind: "robots", Title: "robots.txt", OutPath: "robots.txt", URL: u.rel("robots.txt"), Permalink: u.abs("robots.txt")}
	if len(all) <= SitemapSize {
		return []*Page{{Kind: "sitemap", Title: "Sitemap", OutPath: "sitemap.xml", URL: u.rel("sitemap.xml"),
			Permalink: u.abs("sitemap.xml"), URLs: all}, robots}
	}
	index := &Page{Kind: "sitemapindex", Title: "Sitemap", OutPath: "sitemap.xml", URL: u.rel("sitemap.xml"), Permalink: u.abs("sitemap.xml")}
	out := []*Page{index}
	for i := 0; i*SitemapSize < len(all); i++ {
		name := fmt.Sprintf("sitemap-%d.xml", i+1)
		part := all[i*SitemapSize : min((i+1)*SitemapSize, len(all))]
		out = append(out, &Page{Kind: "sitemap", Title: "Sitemap", OutPath: name, URL: u.rel(name), Permalink: u.abs(name), URLs: part})
		index.URLs = append(index.URLs, SitemapURL{Loc: u.abs(name), Lastmod: s.Generated})
	}
	return append(out, robots)
}

func first(bs []*Briefing, n int) []*Briefing {
	if len(bs) > n {
		return bs[:n]
	}
	return bs
}

func pageTitle(title string, pg *Paginator) string {
	if pg.Number > 1 {
		return fmt.Sprintf("%s, page %d", title, pg.Number)
	}
	return title
}

// urlPathOf is the URL path of an output file ("x/index.html" → "x/").
func urlPathOf(out string) string {
	if out == "index.html" {
		return ""
	}
	if len(out) > len("/index.html") && out[len(out)-len("/index.html"):] == "/index.html" {
		return out[:len(out)-len("index.html")]
	}
	return out
}

// pagePath is the URL path of page n of a list at base ("x/", "x/page/2/").
func pagePath(base string, n int) string {
	if n <= 1 {
		return base
	}
	return fmt.Sprintf("%spage/%d/", base, n)
}

// paginate splits items into pages of size; an empty list still has one (empty) page.
func paginate(items []*Briefing, size int, base string, u urls) []*Paginator {
	pgs := paginateN(len(items), size, base, u)
	for _, p := range pgs {
		p.Items = items[max(p.FirstItemNo-1, 0):p.LastItemNo]
	}
	return pgs
}

// paginateTerms splits a list of terms into pages of size, like paginate.
func paginateTerms(terms []*Term, size int, base string, u urls) []*Paginator {
	pgs := paginateN(len(terms), size, base, u)
	for _, p := range pgs {
		p.Terms = terms[max(p.FirstItemNo-1, 0):p.LastItemNo]
	}
	return pgs
}

// paginateN makes the pages of a list of n items, without the items.
func paginateN(n, size int, base string, u urls) []*Paginator {
	if size < 1 {
		size = 1
	}
	total := (n + size - 1) / size
	if total == 0 {
		total = 1
	}
	urlsOf := make([]string, total)
	for i := range urlsOf {
		urlsOf[i] = u.rel(pagePath(base, i+1))
	}
	out := make([]*Paginator, total)
	for i := range out {
		lo, hi := i*size, min((i+1)*size, n)
		p := &Paginator{
			Number: i + 1, Total: total, TotalItems: n,
			First: urlsOf[0], Last: urlsOf[total-1], PageURLs: urlsOf,
			FirstItemNo: lo + 1, LastItemNo: hi,
		}
		if hi == lo {
			p.FirstItemNo = 0
		}
		if i > 0 {
			p.Prev, p.HasPrev = urlsOf[i-1], true
		}
		if i+1 < total {
			p.Next, p.HasNext = urlsOf[i+1], true
		}
		out[i] = p
	}
	return out
}
