package build

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sitrep-archive/sitrep/generator/check"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/output"
)

// fullShare is the share of pages above which an incremental build is not worth it: when
// more pages than this must be rendered again, a new tree is written and swapped in.
const fullShare = 0.5

// cachedBuild is a build that keeps the build cache: with a valid cache and opts.Incremental
// it renders only the pages whose signature changed and updates the destination in place
// (output.Patch); otherwise it writes a new tree and swaps it in, as Build does.
func (bl *Builder) cachedBuild(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	watch := &stopwatch{last: start}
	if opts.Now.IsZero() {
		opts.Now = start
	}
	// The place matcher (about half a second) is made while the cache and the files are
	// read; a build that converts no briefing does not wait for it.
	defer bl.waitSnapshots()
	snapDir := opts.MatcherDir
	if snapDir == "" {
		snapDir = CacheDir(opts.Dest)
	}
	go func() {
		if cfg, err := config.Load(opts.Source); err == nil && cfg.Annotate.Places {
			bl.annotator(cfg, snapDir)
		}
	}()
	s := bl.NewSession(opts)
	s.rebuilds = false // one build
	s.snapDir = snapDir
	// The bodies wait on disk for their pages; the file becomes the cache's bodies file when
	// every body is in it. Pages of the Result cannot read their bodies after the build.
	if err := os.MkdirAll(CacheDir(opts.Dest), 0o755); err == nil {
		if sp, err := newSpill(filepath.Join(CacheDir(opts.Dest), spillName)); err == nil {
			s.spill = sp
			defer sp.remove()
		}
	}
	// The cache is read while site.yaml and the layouts are parsed (which a build does in
	// any case; parsing them again later finds them unchanged).
	var cf *cacheFile
	cacheRead := make(chan struct{})
	if opts.Incremental {
		go func() {
			defer close(cacheRead)
			cf = loadCache(opts)
		}()
	} else {
		close(cacheRead)
	}
	stamps := map[string]stamp{}
	s.loadConfig(opts.Source)
	s.loadLayouts(opts.Source)
	<-cacheRead
	if cf != nil && cf.CfgSum != s.cfgSum {
		// Every briefing is converted again, from its file: the cache does not keep the
		// markdown.
		cf = nil
	}
	if cf != nil && s.tmpl != nil && s.tmpl.ReadsMarkdown() {
		cf = nil // the cache does not keep the markdown a layout prints
	}
	if cf != nil {
		stamps = s.restore(cf) // the bodies stay mapped: the model (in the Result) points into them
	}
	watch.lap("cache")
	if _, err := s.refresh(opts.Source, nil, stamps); err != nil {
		return nil, err
	}
	if cf != nil && cf.LayoutSum != s.layoutSum {
		cf.Pages = nil // every page would change: the briefings already converted are kept
	}
	watch.lap("load")
	pr, err := s.prepare(ctx, opts, false)
	if err != nil {
		return nil, err
	}
	watch.lap("markdown+annotate+site")
	model, sigs := pr.model, pr.sigs
	var minifier *output.Minifier
	if opts.minifies(s.cfg) {
		minifier = bl.minifier
	}

	var patch *output.Patch
	if cf != nil && cf.Pages != nil {
		stale := 0
		for i, p := range model.Pages {
			if old, ok := cf.Pages[p.OutPath]; !ok || old != sigs[i] {
				stale++
			}
		}
		if float64(stale) <= fullShare*float64(len(model.Pages)) {
			patch, _ = output.OpenPatch(opts.Dest, minifier)
		}
	}
	reused, forget := func() int { return 0 }, func() {}
	if cf != nil {
		reused, forget = s.reuseAnnotations(CacheDir(opts.Dest), opts.Dest, model)
	}
	defer forget()
	itemsRead := s.shareItemsOnDisk(CacheDir(opts.Dest), opts, model, pr.signer)
	// The cache is written while the pages are rendered, and put in place after them.
	staged := s.stageCache(opts, cf, model, sigs)
	var stats output.Stats
	if patch != nil {
		stats, err = bl.patchSite(ctx, s, opts, patch, cf, pr, watch)
		if errors.Is(err, errNotIncremental) {
			patch = nil
		} else if err != nil {
			staged.abort()
			return nil, err
		}
	}
	if patch == nil {
		if stats, err = bl.treeSite(ctx, s, opts, minifier, pr, watch); err != nil {
			staged.abort()
			return nil, err
		}
	}
	shared := 0
	if s.tmpl != nil {
		writeAnnotationsNote(CacheDir(opts.Dest), model, s.tmpl)
		s.writeItems(CacheDir(opts.Dest), opts, model, itemsRead)
		shared = s.tmpl.SharedItems()
	}
	if err := staged.commit(s, opts.Dest); err != nil {
		// the build succeeded; without a cache the next one is a full build
		os.Remove(filepath.Join(CacheDir(opts.Dest), cacheFileName))
	}
	watch.lap("cache write")
	pr.warnings.Sort()
	return &Result{Site: model, Pages: len(model.Pages), Stats: stats, Warnings: pr.warnings, Elapsed: time.Since(start), Stages: watch.stages,
		trash: trashDir(opts.Dest), reusedAnnotations: reused(), sharedItems: shared}, nil
}

// trashDir is where a full build moves the tree it replaced; Result.Cleanup removes it.
func trashDir(dest string) string { return filepath.Join(CacheDir(dest), "trash") }

// errNotIncremental: the destination does not hold what the cache says; build in full.
var errNotIncremental = errors.New("build: the destination does not match the build cache")

// treeSite writes every page into a new tree and swaps it in.
func (bl *Builder) treeSite(ctx context.Context, s *Session, opts Options, minifier *output.Minifier, pr *prepared, watch *stopwatch) (output.Stats, error) {
	tree, err := output.NewTree(opts.Dest, minifier)
	if err != nil {
		return output.Stats{}, err
	}
	tree.MoveOldTo(trashDir(opts.Dest))
	return writeTree(tree, s.cfg.BaseURL, opts, pr.model, watch, func(dst sink) error {
		return fillSite(ctx, dst, s, opts, pr, nil)
	})
}

// patchSite renders the pages whose signature changed and updates the destination in
// place. Nothing is written unless every page rendered and every link checked.
func (bl *Builder) patchSite(ctx context.Context, s *Session, opts Options, patch *output.Patch, cf *cacheFile, pr *prepared, watch *stopwatch) (output.Stats, error) {
	model, sigs := pr.model, pr.sigs
	kept := make([]bool, len(model.Pages))
	for i, p := range model.Pages {
		if old, ok := cf.Pages[p.OutPath]; ok && old == sigs[i] {
			if err := patch.Keep(p.OutPath); err != nil {
				patch.Abort()
				return output.Stats{}, errNotIncremental
			}
			kept[i] = true
		}
	}
	var checker *check.Checker
	rendered := map[string]bool{}
	if opts.CheckLinks {
		var err error
		if checker, err = check.New(check.Options{BaseURL: s.cfg.BaseURL}); err != nil {
			patch.Abort()
			return output.Stats{}, err
		}
		for p := range patch.Previous() {
			if patch.Has(p) {
				checker.AddFile(p, nil) // kept: its links were checked when it was written
			}
		}
		patch.Observe(func(p string, data []byte) {
			checker.AddFile(p, data)
			if strings.HasSuffix(p, ".html") {
				s.mu.Lock()
				rendered[p] = true
				s.mu.Unlock()
			}
		})
	}
	if err := fillSite(ctx, patch, s, opts, pr, kept); err != nil {
		patch.Abort()
		return output.Stats{}, err
	}
	watch.lap("render")
	if checker != nil {
		problems := incrementalProblems(checker.Problems(), rendered)
		watch.lap("check")
		if len(problems) > 0 {
			patch.Abort()
			return output.Stats{}, linkDiagnostics(problems, model, opts.Source)
		}
	}
	stats, err := patch.Commit()
	watch.lap("write")
	return stats, err
}

// incrementalProblems keeps the problems an incremental build can judge: broken links on
// the pages it rendered. A kept page was added to the checker without its links and ids, so
// a fragment pointing into it, and whether a page is reachable from the home page, are left
// to full builds (and `sitrep check`).
func incrementalProblems(all []check.Problem, rendered map[string]bool) []check.Problem {
	var out []check.Problem
	for _, p := range all {
		if p.Link == "" || !rendered[p.Page] {
			continue
		}
		if strings.HasPrefix(p.Reason, "no element with id ") {
			if i := strings.LastIndex(p.Reason, " on "); i >= 0 && !rendered[p.Reason[i+len(" on "):]] {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// fillSite adds every page (but those kept), the static files and the hosting files.
func fillSite(ctx context.Context, dst sink, s *Session, opts Options, pr *prepared, kept []bool) error {
	var reuse func(i int) ([]byte, bool)
	if kept != nil {
		reuse = func(i int) ([]byte, bool) { return nil, kept[i] }
	}
	if err := writeSite(ctx, dst, s.tmpl, pr.model, opts, reuse); err != nil {
		return err
	}
	if err := copyStatic(opts.Source, dst); err != nil {
		return err
	}
	return writeHostingFiles(dst, s.cfg)
}
