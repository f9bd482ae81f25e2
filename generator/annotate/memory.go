package annotate

import (
	"sync"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

// memory holds what the transformer reuses from one document to the next: the scratch of a
// Transform, free again as soon as it returns, and the slabs of nodes it adds to an AST, free
// again once the document is rendered (Extension.Release).
type memory struct {
	scratches sync.Pool // *scratch
	slabs     sync.Pool // *nodeSlab
}

// scratch is the working memory of one Transform; nothing in it is referenced once Transform
// returns.
type scratch struct {
	gatherer gatherer
	finder   figure.Finder // keeps its working slice from one run, and one Transform, to the next
	runs     []run
	found    []figure.Figure // the figures of every run, one run's after another's
	segments []string
	mentions []place.Mention
	spans    []span
	runSpans [][]span
	ends     []int
	byID     map[int64]int
	entries  []*placeEntry
	lines    lineIndex
}

func (m *memory) getScratch() *scratch {
	if s, ok := m.scratches.Get().(*scratch); ok {
		return s
	}
	return &scratch{byID: map[int64]int{}}
}

// putScratch empties s, so that it keeps no document's text or nodes alive, and keeps it
// for the next Transform.
func (m *memory) putScratch(s *scratch) {
	s.gatherer.reset()
	clear(s.runs)
	clear(s.found)
	clear(s.segments)
	clear(s.mentions)
	clear(s.spans)
	clear(s.runSpans)
	clear(s.byID)
	clear(s.entries)
	s.lines.source = nil
	s.entries = s.entries[:0]
	s.runs, s.found, s.segments, s.mentions = s.runs[:0], s.found[:0], s.segments[:0], s.mentions[:0]
	s.spans, s.runSpans = s.spans[:0], s.runSpans[:0]
	m.scratches.Put(s)
}

func (m *memory) getSlab() *nodeSlab {
	if s, ok := m.slabs.Get().(*nodeSlab); ok {
		return s
	}
	return new(nodeSlab)
}

// putSlab empties s, so that it keeps no document's nodes alive, and keeps it for the next
// document.
func (m *memory) putSlab(s *nodeSlab) {
	clear(s.texts)
	clear(s.figures)
	clear(s.places)
	s.texts, s.figures, s.places = s.texts[:0], s.figures[:0], s.places[:0]
	m.slabs.Put(s)
}

// emptied returns xs with length 0 and room for n elements, reusing its array when it is
// large enough.
func emptied[T any](xs []T, n int) []T {
	if cap(xs) < n {
		return make([]T, 0, n)
	}
	return xs[:0]
}
