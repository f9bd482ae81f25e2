package site

import (
	"slices"
	"sort"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/content"
)

// Revise puts in in place of s.Briefings[i] when that leaves the rest of the model as New
// would make it: the same file, the same frontmatter, the same operations named in the text
// and the same places named, in the same order and forms, so that every term, relation,
// neighbour and page stays as it is. The body, the figures, the description, the word count
// and how often each place is named may differ (a place's count of mentions and the weights
// of its relations to the briefing's theatres and operations follow; not when the theatres
// were inferred from those counts). This is an edit to the text of one briefing, the common case while
// writing; the dev server then redoes only that briefing instead of the whole model.
//
// When it can, Revise updates the briefing in place and returns a new Site sharing everything
// else with s (s, which shares the briefing, is not to be used afterwards); otherwise it
// returns nil and changes nothing, and the caller makes the model again with New.
func (s *Site) Revise(i int, in Input) *Site {
	if i < 0 || i >= len(s.Briefings) {
		return nil
	}
	b := s.Briefings[i]
	if !sameShape(b, in) {
		return nil
	}
	if in.Annotations != nil {
		for j, pm := range in.Annotations.Places {
			t := b.PlaceTerms[j]
			delta := pm.Count - b.Places[j].Count
			if t == nil || delta == 0 {
				continue
			}
			t.Mentions += delta
			for _, o := range b.Operations {
				addCount(o.Places, t, delta)
			}
			for _, th := range b.Theatres {
				addCount(th.Places, t, delta)
			}
		}
	}
	b.Briefing = in.Briefing
	b.setBody(in)
	b.WordCount = in.WordCount
	b.Description = in.Briefing.Summary
	if b.Description == "" {
		b.Description = in.Lead
	}
	b.Places, b.textOperations = nil, nil
	if a := in.Annotations; a != nil {
		b.Places, b.textOperations = a.Places, a.Operations
	}
	b.setFigures(in)
	revised := *s
	return &revised
}

// sameShape reports whether in changes nothing of b that New reads beyond the briefing
// itself.
func sameShape(b *Briefing, in Input) bool {
	if in.Briefing == nil || !content.SameMeta(b.Briefing, in.Briefing) {
		return false
	}
	var ops []string
	var places []annotate.PlaceMention
	if a := in.Annotations; a != nil {
		ops, places = a.Operations, a.Places
	}
	if !slices.Equal(ops, b.textOperations) || len(places) != len(b.Places) {
		return false
	}
	for j := range places {
		p, q := &places[j], &b.Places[j]
		if *p.Place != *q.Place || p.Text != q.Text {
			return false
		}
		if p.Count != q.Count && (b.InferredTheatres || j >= len(b.PlaceTerms)) {
			return false
		}
	}
	return true
}

// addCount adds delta to t's count in a list of related terms and keeps the list in the
// order finish gives it: most first, then by slug.
func addCount(list []TermCount, t *Term, delta int) {
	for k := range list {
		if list[k].Term == t {
			list[k].Count += delta
			sort.SliceStable(list, func(a, b int) bool {
				if list[a].Count != list[b].Count {
					return list[a].Count > list[b].Count
				}
				return list[a].Term.Slug < list[b].Term.Slug
			})
			return
		}
	}
}
