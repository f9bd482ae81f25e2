package annotate

import (
	"strings"
	"sync"

	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Options switch the two annotators and give the place side what it needs.
type Options struct {
	Figures bool
	Places  bool
	// Matcher resolves place names; required when Places is set.
	Matcher *place.Matcher
	// PlaceURL gives the URL of a place's page from its slug.
	PlaceURL func(slug string) string
	// Dollar is the currency code a dollar that the text does not call American means ("AUD"
	// for "$40 million" in an Australian release); "" keeps USD.
	Dollar string
}

// Extension is the goldmark extension of the annotation stage.
type Extension struct {
	opts   Options
	places *placeTable // shared by every goldmark instance the extension extends
	memory *memory     // likewise
}

// New returns the extension. With Places set and no Matcher, places are off.
func New(opts Options) *Extension {
	if opts.Matcher == nil {
		opts.Places = false
	}
	if opts.PlaceURL == nil {
		opts.PlaceURL = func(slug string) string { return "/places/" + slug + "/" }
	}
	return &Extension{opts: opts, places: &placeTable{byID: map[int64][]*placeEntry{}, placeURL: opts.PlaceURL}, memory: &memory{}}
}

// Extend implements goldmark.Extender.
func (e *Extension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(&transformer{opts: e.opts, places: e.places, memory: e.memory}, 900)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(&nodeRenderer{opts: e.opts}, 500)))
}

// Release implements markdown.Releaser: once the document converted with ctx is rendered,
// the nodes annotation added to its AST are taken back for the next document. The caller
// must not use that AST afterwards (a goldmark Convert keeps it to itself); without a call,
// the nodes are simply left to the collector.
func (e *Extension) Release(ctx parser.Context) {
	if slab, ok := ctx.Get(slabKey).(*nodeSlab); ok {
		ctx.Set(slabKey, nil)
		e.memory.putSlab(slab)
	}
}

// Document is the context of one briefing for the annotators.
type Document struct {
	// Countries are the ISO codes of the briefing's theatres: the first guess for homonyms.
	Countries []string
	// Theatres are the briefing's theatres that site.yaml does not define; one that names a
	// country, by its name or its ISO code ("Poland", "PL"), adds that country to Countries.
	Theatres []string
	// BodyLine is the line of the file on which the markdown body starts, so results carry
	// lines of the file.
	BodyLine int
}

var documentKey = parser.NewContextKey()
var resultKey = parser.NewContextKey()
var slabKey = parser.NewContextKey() // the document's *nodeSlab, until Release

// WithDocument stores the document's context in ctx, for the transformer to read.
func WithDocument(ctx parser.Context, doc Document) parser.Context {
	ctx.Set(documentKey, doc)
	return ctx
}

// ResultOf returns what the transformer found in the document converted with ctx, or nil.
func ResultOf(ctx parser.Context) *Result {
	r, _ := ctx.Get(resultKey).(*Result)
	return r
}

// placeTable hands out one *place.Place for each distinct place, so that the mentions of a
// place across an archive's briefings (thousands, for a capital) share one copy, and with it
// the opening tag its mentions are rendered with, written once.
type placeTable struct {
	mu       sync.Mutex
	byID     map[int64][]*placeEntry // nearly always one per id
	placeURL func(slug string) string
}

// placeEntry is a place of a placeTable and its opening tag (see writePlaceTag).
type placeEntry struct {
	place.Place
	tag string
}

// intern returns the table's entry for *p, adding one on first sight; p is not kept.
func (t *placeTable) intern(p *place.Place) *placeEntry {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, q := range t.byID[p.ID] {
		if q.Place == *p {
			return q
		}
	}
	q := &placeEntry{Place: *p}
	var tag strings.Builder
	writePlaceTag(&tag, &q.Place, t.placeURL)
	q.tag = tag.String()
	t.byID[p.ID] = append(t.byID[p.ID], q)
	return q
}
