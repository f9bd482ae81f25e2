package site

import (
	"fmt"
	"html/template"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/content"
)

// Site is the whole model handed to layouts as .Site.
type Site struct {
	Title       string
	Description string
	Language    string
	Copyright   string
	BaseURL     string // absolute, with a trailing slash ("https://user.github.io/archive/")
	BasePath    string // the path part, with slashes on both ends ("/archive/")
	Config      *config.Site

	Briefings  []*Briefing // newest first
	Theatres   []*Term     // by name
	Operations []*Term     // by name
	Places     []*Term     // places named in at least one briefing, by name
	Years      []*Term     // the archive by date: years, newest first, each with its months
	// Taxonomies are the lists of terms with index pages: theatres, operations, places.
	Taxonomies []*Taxonomy
	Pages      []*Page // every page to write, in a stable order
	// Generated is the date of the newest briefing (not the wall clock, so builds repeat).
	Generated time.Time
}

// Briefing is a briefing as layouts see it.
type Briefing struct {
	*content.Briefing
	URL       string // site-relative URL with the base path ("/archive/briefings/2017/10/x/")
	Permalink string // absolute URL
	// content is the rendered body (Content), or nil with body set, which reads it.
	content template.HTML
	body    func() ([]byte, error)
	// Description is the summary, or the start of the text when the frontmatter has none.
	Description string
	Theatres    []*Term
	Operations  []*Term
	// InferredTheatres and InferredOperations tell which terms were inferred from the text.
	InferredTheatres   bool
	InferredOperations []string
	// figures are kept packed; Figures unpacks them.
	figures *Figures
	Places  []annotate.PlaceMention
	// PlaceTerms are the place pages of Places, in the same order.
	PlaceTerms []*Term
	// KeyFigures are up to three figures worth listing beside the briefing's title.
	KeyFigures []*annotate.Figure
	// Prev and Next are the older and newer briefings of its first operation, or nil.
	Prev, Next *Briefing
	WordCount  int
	Month      *Term // the archive month holding the briefing

	textOperations []string // the operations named in the text (annotate.Result.Operations)
}

// Content is the rendered body. A full build may keep the bodies on disk until their pages are
// rendered (Input.Body); Content then reads it, and a read error fails the page.
func (b *Briefing) Content() (template.HTML, error) {
	if b.body == nil {
		return b.content, nil
	}
	data, err := b.body()
	if err != nil {
		return "", fmt.Errorf("the body of %s: %w", b.Path, err)
	}
	return htmlOf(data), nil
}

// Figures unpacks the briefing's figures, in text order (a briefing page and
// annotations.json show them all; lists show KeyFigures, timelines Term.Timeline).
func (b *Briefing) Figures() []annotate.Figure { return b.figures.All() }

// FigureCount is the number of the briefing's figures.
func (b *Briefing) FigureCount() int { return b.figures.Count() }

// PackedFigures are the briefing's figures as the model keeps them.
func (b *Briefing) PackedFigures() *Figures { return b.figures }

// setFigures keeps the figures of in, packed, and picks the key figures.
func (b *Briefing) setFigures(in Input) {
	f := in.Figures
	if f == nil {
		var figs []annotate.Figure
		if in.Annotations != nil {
			figs = in.Annotations.Figures
		}
		f = NewFigures(figs)
	}
	b.figures = f
	b.KeyFigures = nil
	for i := range f.key {
		b.KeyFigures = append(b.KeyFigures, &f.key[i])
	}
}

// setBody keeps the rendered body of in: its bytes, or the function that reads them.
func (b *Briefing) setBody(in Input) {
	b.content, b.body = htmlOf(in.HTML), nil
	if in.HTML == nil && in.Body != nil {
		b.body = in.Body
	}
}

// Term is a theatre, an operation, a place, a year or a month, and the briefings filed
// under it.
type Term struct {
	Kind        string // "theatre", "operation", "place", "year" or "month"
	Name        string
	Slug        string
	Description string
	Aliases     []string
	Countries   []string // theatres: ISO codes
	TheatreRefs []string // operations: theatre names from site.yaml
	Start, End  time.Time
	URL         string
	Permalink   string
	// FeedURL is the URL of the term's Atom feed (theatres and operations), or "".
	FeedURL    string
	Briefings  []*Briefing // newest first
	Configured bool        // listed in site.yaml
	// Mentions is how often the briefings name a place (places only).
	Mentions int
	// Place is the gazetteer entry of a place term: country, region, coordinates.
	Place *place.Place
	// Related terms, most shared briefings first: the operations of a theatre or place, the
	// theatres of an operation, the places named under a theatre or operation (by mentions).
	Theatres, Operations, Places []TermCount
	// Nearby are the closest other places (places with coordinates only), nearest first.
	Nearby []Nearby
	// chartUnits numbers the units of the model's timelines (places and operations).
	chartUnits *chartUnits
	// Months are the months of a year, newest first; Year is a month's year.
	Months []*Term
	Year   *Term
}

// TermCount is a related term with the number of briefings (or mentions) they share.
type TermCount struct {
	Term  *Term
	Count int
}

// Nearby is a place and its great-circle distance in kilometres.
type Nearby struct {
	Term *Term
	Km   float64
}

// Newest and Oldest are the dates of the term's newest and oldest briefing.
func (t *Term) Newest() time.Time {
	if len(t.Briefings) == 0 {
		return time.Time{}
	}
	return t.Briefings[0].Date
}

// Oldest: see Newest.
func (t *Term) Oldest() time.Time {
	if len(t.Briefings) == 0 {
		return time.Time{}
	}
	return t.Briefings[len(t.Briefings)-1].Date
}

// Count is the number of briefings filed under the term.
func (t *Term) Count() int { return len(t.Briefings) }

// Taxonomy is a kind of term with its index pages (/places/, /places/by-count/).
type Taxonomy struct {
	Kind       string // "theatre", "operation", "place"
	Title      string // "Places"
	Section    string // URL path below the site root: "places/"
	URL        string // the list by name
	ByCountURL string // the list by number of briefings
	Terms      []*Term
}

// Page is one file to render.
type Page struct {
	// Kind names the layout: "home", "briefing", "list", "term", "terms", "archive",
	// "search", "404" (HTML, layouts/KIND.html), "feed" (layouts/feed.xml), "sitemap"
	// (layouts/sitemap.xml), "robots" (layouts/robots.txt), "searchindex"
	// (layouts/search-index.json).
	Kind      string
	Title     string
	OutPath   string // path below the output folder ("briefings/2017/10/x/index.html")
	URL       string // with base path
	Permalink string
	Briefing  *Briefing
	Term      *Term
	Terms     []*Term
	Paginator *Paginator
	// Taxonomy is the list a "terms" page shows; Sort is "name" or "count".
	Taxonomy *Taxonomy
	Sort     string
	// FeedURL is the Atom feed offered in the page's head: the term's, else the site's.
	FeedURL string
	// URLs lists the pages of a sitemap ("sitemap" pages).
	URLs []SitemapURL
	// Breadcrumbs lead from the home page to this page's parent.
	Breadcrumbs []Link
}

// SitemapURL is one entry of sitemap.xml.
type SitemapURL struct {
	Loc     string
	Lastmod time.Time
}

// Link is a titled URL.
type Link struct {
	Title string
	URL   string
}

// Paginator is one page of a paginated list.
type Paginator struct {
	Items                   []*Briefing
	Terms                   []*Term // term lists: this page's terms
	Number, Total           int     // 1-based page number; number of pages
	TotalItems              int
	First, Prev, Next, Last string // URLs; "" where there is none
	HasPrev, HasNext        bool
	PageURLs                []string // URL of every page, index 0 = page 1
	FirstItemNo, LastItemNo int      // 1-based positions of the page's items in the list
}

// MapCountries are the countries a term's map keeps its places to, so that a place named in
// passing far away does not stretch it: a theatre's countries; the countries of an
// operation's theatres; none (every place) when they are not known.
func (t *Term) MapCountries() []string {
	switch t.Kind {
	case "theatre":
		return t.Countries
	case "operation":
		var out []string
		seen := map[string]bool{}
		for _, tc := range t.Theatres {
			for _, cc := range tc.Term.Countries {
				if !seen[cc] {
					seen[cc] = true
					out = append(out, cc)
				}
			}
		}
		return out
	}
	return nil
}

var placeKinds = map[string]string{"country": "Country", "region1": "Region", "region2": "District",
	"city": "Town or city", "feature": "Place", "custom": "Place"}

// KindName is the term's kind for headings: "Theatre", "Operation", "Town or city", "Year"…
func (t *Term) KindName() string {
	switch t.Kind {
	case "place":
		if t.Place != nil {
			if k, ok := placeKinds[t.Place.Kind]; ok {
				return k
			}
		}
		return "Place"
	case "theatre":
		return "Theatre"
	case "operation":
		return "Operation"
	case "year":
		return "Year"
	case "month":
		return "Month"
	}
	return t.Kind
}
