package build

import (
	"context"
	"maps"
	"path"
	"slices"
	"sort"
	"time"

	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// A revision is the short way through a rebuild, for the edit a writer makes most: changing
// the text of a briefing. When every file that changed since the last good rebuild is a
// briefing already in the model, whose frontmatter, place mentions and operations named in
// the text are as they were (site.Revise), the model is not made again: the briefing is
// updated in place, its keys and those of its terms are computed again, and only the pages
// whose signatures read them (recorded by the last full signing) are signed again. Pages
// whose signature did not change keep their bytes, so the result is the site a full rebuild
// would make, byte for byte; any other edit takes the full way.

// revision is what a successful rebuild keeps for the next one to revise.
type revision struct {
	model    *site.Site
	signer   *signer // with the page references of the model
	sigs     []uint64
	index    map[string]int // briefing file → index in model.Briefings
	warnings diag.List
	// future is the date of the first briefing after the rebuild's time when future
	// briefings are left out: past it, the set of briefings changes without an edit.
	future time.Time
}

func newRevision(model *site.Site, pr *prepared, docs map[string]*doc, opts Options) *revision {
	r := &revision{model: model, signer: pr.signer, sigs: pr.sigs, warnings: pr.warnings,
		index: make(map[string]int, len(model.Briefings))}
	for i, b := range model.Briefings {
		r.index[b.Path] = i
	}
	if !opts.Future {
		for _, d := range docs {
			if d.b != nil && d.b.Date.After(opts.Now) && (r.future.IsZero() || d.b.Date.Before(r.future)) {
				r.future = d.b.Date
			}
		}
	}
	return r
}

// revise rebuilds the short way when it can (see revision); ok false means the rebuild must
// take the full way, and nothing was changed that the full way depends on.
func (s *Session) revise(ctx context.Context, opts Options, last *revision, ch changes, start time.Time) (up *Update, ok bool, err error) {
	if last == nil || last.signer == nil || last.signer.refs == nil || ch.other {
		return nil, false, nil
	}
	if !last.future.IsZero() && !opts.Now.Before(last.future) {
		return nil, false, nil
	}
	keeps := content.Options{Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now}
	var todo []*content.Briefing
	var at []int
	seen := map[string]bool{}
	for k, p := range ch.reread {
		d, old := s.docs[p], ch.before[k]
		if seen[p] || d == old { // unchanged bytes keep their doc
			continue
		}
		seen[p] = true
		if d == nil || old == nil || d.b == nil || len(d.diags.Errors()) > 0 || !keeps.Keeps(d.b) {
			return nil, false, nil
		}
		i, in := last.index[p]
		if !in {
			return nil, false, nil
		}
		todo = append(todo, d.b)
		at = append(at, i)
	}
	inputs, warnings, err := s.convert(ctx, todo)
	if err != nil {
		return nil, true, err
	}
	model := last.model
	for k, i := range at {
		if model = model.Revise(i, inputs[k]); model == nil {
			return nil, false, nil // the old model may be revised in part: the full way makes a new one
		}
	}

	sg := last.signer
	terms := map[*site.Term]bool{}
	for _, i := range at { // the files first: a briefing's keys read its neighbours'
		b := model.Briefings[i]
		d := s.docs[b.Path]
		d.keys = ownKeys(b, d.placeSum)
		sg.docs[i] = d
	}
	for _, i := range at {
		b := model.Briefings[i]
		sg.briefing(i, b)
		for _, l := range [][]*site.Term{b.Theatres, b.Operations, b.PlaceTerms} {
			for _, t := range l {
				if t != nil {
					terms[t] = true
				}
			}
		}
		if b.Month != nil {
			terms[b.Month] = true
			if b.Month.Year != nil {
				terms[b.Month.Year] = true
			}
		}
	}
	for t := range terms {
		if sg.terms[t] != nil {
			sg.term(t)
		}
	}
	sg.siteKeys(model)
	sigs := slices.Clone(last.sigs)
	for _, pi := range sg.refs.pages(at, terms) {
		sigs[pi] = sg.page(model, model.Pages[pi], nil)
	}

	s.shareItems(model, sg)
	minify := opts.minifies(s.cfg)
	sink := newMemSink(nil, s.minify)
	if minify {
		sink.mf = s.bl.minifier
	}
	sink.files, sink.replace = maps.Clone(s.files), true
	var render []int
	for i := range sigs {
		if sigs[i] != last.sigs[i] {
			render = append(render, i)
		}
	}
	reuse := func(i int) ([]byte, bool) {
		if sigs[i] == last.sigs[i] {
			return nil, true // in the sink already, from the last site
		}
		return nil, false
	}
	if err := writeSite(ctx, sink, s.tmpl, model, opts, reuse); err != nil {
		return nil, true, err
	}

	up = &Update{Files: sink.files, Rendered: len(render), Revised: true}
	for _, i := range render {
		up.rendered = append(up.rendered, model.Pages[i].OutPath)
	}
	size := s.result.Stats.Bytes
	for _, i := range render {
		p := model.Pages[i]
		clean := path.Clean(p.OutPath)
		old, data := s.files[clean], sink.files[clean]
		size += int64(len(data) - len(old))
		if !sameBytes(old, data) {
			up.Changed = append(up.Changed, clean)
		}
		s.pages[i] = pageEntry{sig: sigs[i], data: data} // the same pages as the last model's
	}
	sort.Strings(up.Changed)
	for _, w := range last.warnings {
		if !seen[w.File] {
			warnings = append(warnings, w)
		}
	}
	warnings.Sort()
	res := &Result{Site: model, Pages: len(model.Pages), Warnings: warnings, Elapsed: time.Since(start)}
	res.Stats.Files, res.Stats.Bytes = len(sink.files), size
	up.Result = res
	s.files, s.result = sink.files, res
	s.last = &revision{model: model, signer: sg, sigs: sigs, index: last.index, warnings: warnings, future: last.future}
	return up, true, nil
}

// pages returns the pages (indexes in the model's Pages, ascending) whose signatures read a
// key of the briefings at (their indexes), of one of terms, or of the site as a whole.
func (r *pageRefs) pages(at []int, terms map[*site.Term]bool) []int {
	var out []int
	add := func(l []int32) {
		for _, p := range l {
			out = append(out, int(p))
		}
	}
	for _, i := range at {
		add(r.byBriefing[i])
	}
	for t := range terms {
		add(r.byTerm[t])
	}
	add(r.site)
	sort.Ints(out)
	return slices.Compact(out)
}
