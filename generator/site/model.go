package site

import (
	"html/template"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
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
	Pages      []*Page     // every page to write, in a stable order
	// Generated is the date of the newest briefing (not the wall clock, so builds repeat).
	Generated time.Time
}

// Briefing is a briefing as layouts see it.
type Briefing struct {
	*content.Briefing
	URL       string        // site-relative URL with the base path ("/archive/briefings/2017/10/x/")
	Permalink string        // absolute URL
	Content   template.HTML // the rendered body
	// Description is the summary, or the start of the text when the frontmatter has none.
	Description string
	Theatres    []*Term
	Operations  []*Term
	// InferredTheatres and InferredOperations tell which terms were inferred from the text.
	InferredTheatres   bool
	InferredOperations []string
	Figures            []annotate.Figure
	Places             []annotate.PlaceMention
	// Prev and Next are the older and newer briefings of its first operation, or nil.
	Prev, Next *Briefing
	WordCount  int
}

// Term is a theatre or an operation and the briefings filed under it.
type Term struct {
	Kind        string // "theatre" or "operation"
	Name        string
	Slug        string
	Description string
	Aliases     []string
	Countries   []string // theatres: ISO codes
	TheatreRefs []string // operations: theatre names from site.yaml
	Start, End  time.Time
	URL         string
	Briefings   []*Briefing // newest first
	Configured  bool        // listed in site.yaml
}

// Page is one file to render.
type Page struct {
	Kind      string // layout: "home", "briefing", "list", "term", "terms", "404"
	Title     string
	OutPath   string // path below the output folder ("briefings/2017/10/x/index.html")
	URL       string // with base path
	Permalink string
	Briefing  *Briefing
	Term      *Term
	Terms     []*Term
	Paginator *Paginator
	// Breadcrumbs lead from the home page to this page's parent.
	Breadcrumbs []Link
}

// Link is a titled URL.
type Link struct {
	Title string
	URL   string
}

// Paginator is one page of a paginated list.
type Paginator struct {
	Items                   []*Briefing
	Number, Total           int // 1-based page number; number of pages
	TotalItems              int
	First, Prev, Next, Last string // URLs; "" where there is none
	HasPrev, HasNext        bool
	PageURLs                []string // URL of every page, index 0 = page 1
	FirstItemNo, LastItemNo int      // 1-based positions of the page's items in the list
}
