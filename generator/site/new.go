package site

import (
	"fmt"
	"html/template"
	"sort"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/content"
)

// Input is one briefing with what the earlier stages made of it.
type Input struct {
	Briefing *content.Briefing
	// HTML is the rendered body; when it is nil, Body, if set, reads it (a build that keeps
	// the bodies on disk until their pages are rendered).
	HTML []byte
	Body func() ([]byte, error)
	// WordCount and Lead (the start of the text, at most about 200 bytes) describe the body
	// (markdown.Summary); the full text is not kept.
	WordCount   int
	Lead        string
	Annotations *annotate.Result
	// Figures are the figures of Annotations, packed (NewFigures); when nil, they are packed
	// from Annotations.Figures.
	Figures *Figures
}

// New builds the model. inputs must be sorted newest first (content.Sort).
func New(cfg *config.Site, inputs []Input) *Site {
	u := newURLs(cfg.BaseURL)
	s := &Site{
		Title:       cfg.Title,
		Description: cfg.Description,
		Language:    cfg.Language,
		Copyright:   cfg.Copyright,
		BaseURL:     cfg.BaseURL,
		BasePath:    u.basePath,
		Config:      cfg,
	}
	theatres := newTaxonomy("theatre", "theatres", u)
	for _, t := range cfg.Theatres {
		term := theatres.configure(t.Name, t.Slug, t.Aliases)
		term.Description = t.Description
		term.Countries = t.Countries
	}
	operations := newTaxonomy("operation", "operations", u)
	for _, o := range cfg.Operations {
		term := operations.configure(o.Name, o.Slug, o.Aliases)
		term.Description = o.Description
		term.TheatreRefs = o.Theatres
		term.Start, term.End = o.Start.Time, o.End.Time
	}

	ix := newIndexer(u)
	for _, in := range inputs {
		up := in.Briefing.URLPath()
		b := &Briefing{
			Briefing:  in.Briefing,
			URL:       u.rel(up),
			Permalink: u.abs(up),
			WordCount: in.WordCount,
		}
		b.setBody(in)
		b.Description = in.Briefing.Summary
		if b.Description == "" {
			b.Description = in.Lead
		}
		b.setFigures(in)
		if a := in.Annotations; a != nil {
			b.Places = a.Places
			b.textOperations = a.Operations
		}
		for _, name := range in.Briefing.Theatres {
			b.Theatres = appendTerm(b.Theatres, theatres.term(name))
		}
		if len(b.Theatres) == 0 {
			for _, t := range inferTheatres(theatres.configured(), b.Places) {
				b.Theatres = appendTerm(b.Theatres, t)
				b.InferredTheatres = true
			}
		}
		for _, name := range in.Briefing.Operations {
			b.Operations = appendTerm(b.Operations, operations.term(name))
		}
		if in.Annotations != nil {
			for _, name := range in.Annotations.Operations {
				if t := operations.known(name); t != nil && !hasTerm(b.Operations, t) {
					b.Operations = append(b.Operations, t)
					b.InferredOperations = append(b.InferredOperations, t.Name)
				}
			}
		}
		for _, t := range b.Theatres {
			t.Briefings = append(t.Briefings, b)
		}
		for _, t := range b.Operations {
			t.Briefings = append(t.Briefings, b)
		}
		ix.add(b)
		s.Briefings = append(s.Briefings, b)
	}
	if len(s.Briefings) > 0 {
		s.Generated = s.Briefings[0].Date
	}
	s.Theatres = theatres.sorted()
	s.Operations = operations.sorted()
	linkOperationNeighbours(s.Operations)
	ix.finish(s)
	units := &chartUnits{}
	for _, list := range [2][]*Term{s.Places, s.Operations} {
		for _, t := range list {
			t.chartUnits = units
		}
	}
	s.Taxonomies = []*Taxonomy{
		newTaxonomyIndex("theatre", "Theatres", "theatres/", s.Theatres, u),
		newTaxonomyIndex("operation", "Operations", "operations/", s.Operations, u),
		newTaxonomyIndex("place", "Places", "places/", s.Places, u),
	}
	s.Pages = pages(s, u)
	return s
}

func appendTerm(list []*Term, t *Term) []*Term {
	if hasTerm(list, t) {
		return list
	}
	return append(list, t)
}

func hasTerm(list []*Term, t *Term) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

// inferTheatres returns the configured theatres whose countries hold places of the briefing,
// ordered by how many mentions fall in each, leaving out those with fewer than half the
// mentions of the first: a briefing on Somalia issued in Stuttgart, Germany, is not filed
// under Europe. A country named only to say who acts ("U.S. forces", "U.S. Navy") counts
// for no theatre: a briefing on strikes in Syria by U.S. forces is not a homeland briefing.
func inferTheatres(configured []*Term, places []annotate.PlaceMention) []*Term {
	score := map[*Term]int{}
	for _, p := range places {
		for _, t := range configured {
			for _, cc := range t.Countries {
				if cc == p.Country {
					if n := p.Count - p.Actor; n > 0 {
						score[t] += n
					}
				}
			}
		}
	}
	var out []*Term
	for t := range score {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if score[out[i]] != score[out[j]] {
			return score[out[i]] > score[out[j]]
		}
		return out[i].Name < out[j].Name
	})
	for k := 1; k < len(out); k++ {
		if 2*score[out[k]] < score[out[0]] {
			return out[:k]
		}
	}
	return out
}

// linkOperationNeighbours sets Prev and Next between the briefings of each briefing's first
// operation.
func linkOperationNeighbours(ops []*Term) {
	for _, op := range ops {
		var chain []*Briefing
		for _, b := range op.Briefings {
			if len(b.Operations) > 0 && b.Operations[0] == op {
				chain = append(chain, b)
			}
		}
		for i, b := range chain { // newest first
			if i > 0 {
				b.Next = chain[i-1]
			}
			if i+1 < len(chain) {
				b.Prev = chain[i+1]
			}
		}
	}
}

// taxonomy collects the terms of one kind, matching names case-insensitively by name, slug
// and alias.
type taxonomy struct {
	kind, section string
	u             urls
	byKey         map[string]*Term
	keys          map[string]string // name → key(name)
	terms         []*Term
}

func newTaxonomy(kind, section string, u urls) *taxonomy {
	return &taxonomy{kind: kind, section: section, u: u, byKey: map[string]*Term{}, keys: map[string]string{}}
}

func key(name string) string { return config.Slugify(name) }

// key is key(name), computed once per name: thousands of briefings name the same terms.
func (tx *taxonomy) key(name string) string {
	k, ok := tx.keys[name]
	if !ok {
		k = key(name)
		tx.keys[name] = k
	}
	return k
}

func (tx *taxonomy) configure(name, slug string, aliases []string) *Term {
	if slug == "" {
		slug = config.Slugify(name)
	}
	t := tx.byKey[key(name)]
	if t == nil {
		t = tx.add(name, slug)
	}
	t.Configured = true
	t.Aliases = aliases
	for _, a := range aliases {
		tx.byKey[key(a)] = t
	}
	tx.byKey[slug] = t
	return t
}

func (tx *taxonomy) add(name, slug string) *Term {
	p := fmt.Sprintf("%s/%s/", tx.section, slug)
	t := &Term{Kind: tx.kind, Name: name, Slug: slug, URL: tx.u.rel(p), Permalink: tx.u.abs(p), FeedURL: tx.u.rel(p + "index.xml")}
	tx.byKey[key(name)] = t
	tx.terms = append(tx.terms, t)
	return t
}

// known returns the term for name or nil.
func (tx *taxonomy) known(name string) *Term { return tx.byKey[tx.key(name)] }

// term returns the term for name, adding one when none matches.
func (tx *taxonomy) term(name string) *Term {
	if t := tx.known(name); t != nil {
		return t
	}
	slug := tx.key(name)
	if t := tx.byKey[slug]; t != nil {
		return t
	}
	return tx.add(name, slug)
}

func (tx *taxonomy) configured() []*Term {
	var out []*Term
	for _, t := range tx.terms {
		if t.Configured {
			out = append(out, t)
		}
	}
	return out
}

func (tx *taxonomy) sorted() []*Term {
	out := append([]*Term(nil), tx.terms...)
	sortByName(out)
	return out
}

func newTaxonomyIndex(kind, title, section string, terms []*Term, u urls) *Taxonomy {
	return &Taxonomy{Kind: kind, Title: title, Section: section, URL: u.rel(section),
		ByCountURL: u.rel(section + "by-count/"), Terms: terms}
}

// htmlOf makes the rendered body a template.HTML without copying it: the bytes are never
// changed after rendering, and a copy of every body would double the largest part of a
// build's memory.
func htmlOf(b []byte) template.HTML {
	if len(b) == 0 {
		return ""
	}
	return template.HTML(unsafe.String(&b[0], len(b)))
}
