package site

import (
	"fmt"
)

// pages lists every page of the site in a stable order.
func pages(s *Site, u urls) []*Page {
	home := Link{Title: "Home", URL: u.rel("")}
	var out []*Page
	add := func(p *Page) {
		p.URL = u.rel(urlPathOf(p.OutPath))
		p.Permalink = u.abs(urlPathOf(p.OutPath))
		out = append(out, p)
	}
	size := s.Config.Paginate
	latest := s.Briefings
	if len(latest) > size {
		latest = latest[:size]
	}
	add(&Page{Kind: "home", Title: s.Title, OutPath: "index.html",
		Paginator: &Paginator{Items: latest, Number: 1, Total: 1, TotalItems: len(s.Briefings)}})

	for _, pg := range paginate(s.Briefings, size, "briefings/", u) {
		add(&Page{Kind: "list", Title: pageTitle("All briefings", pg), OutPath: outPath(pagePath("briefings/", pg.Number)),
			Paginator: pg, Breadcrumbs: []Link{home}})
	}
	for _, b := range s.Briefings {
		crumbs := []Link{home}
		if len(b.Theatres) > 0 {
			crumbs = append(crumbs, Link{Title: b.Theatres[0].Name, URL: b.Theatres[0].URL})
		}
		add(&Page{Kind: "briefing", Title: b.Title, OutPath: outPath(b.URLPath()), Briefing: b, Breadcrumbs: crumbs})
	}
	for _, tx := range []struct {
		title, section string
		terms          []*Term
	}{{"Theatres", "theatres/", s.Theatres}, {"Operations", "operations/", s.Operations}} {
		add(&Page{Kind: "terms", Title: tx.title, OutPath: outPath(tx.section), Terms: tx.terms, Breadcrumbs: []Link{home}})
		section := Link{Title: tx.title, URL: u.rel(tx.section)}
		for _, t := range tx.terms {
			base := tx.section + t.Slug + "/"
			for _, pg := range paginate(t.Briefings, size, base, u) {
				add(&Page{Kind: "term", Title: pageTitle(t.Name, pg), OutPath: outPath(pagePath(base, pg.Number)),
					Term: t, Paginator: pg, Breadcrumbs: []Link{home, section}})
			}
		}
	}
	add(&Page{Kind: "404", Title: "Page not found", OutPath: "404.html"})
	return out
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
	if size < 1 {
		size = 1
	}
	total := (len(items) + size - 1) / size
	if total == 0 {
		total = 1
	}
	urlsOf := make([]string, total)
	for i := range urlsOf {
		urlsOf[i] = u.rel(pagePath(base, i+1))
	}
	out := make([]*Paginator, total)
	for i := range out {
		lo, hi := i*size, min((i+1)*size, len(items))
		p := &Paginator{
			Items: items[lo:hi], Number: i + 1, Total: total, TotalItems: len(items),
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
