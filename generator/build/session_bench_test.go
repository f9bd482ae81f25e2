package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"testing"
	"time"
)

// BenchmarkSessionEdit times a Session rebuild after appending a line to one briefing of a
// site folder named by SITREP_BENCH_SITE (a gen-corpus archive made into a site by
// bench/corpus-site); without it the benchmark is skipped:
//
//	SITREP_BENCH_SITE=/tmp/c10k go test ./generator/build -run '^$' -bench SessionEdit -benchtime 20x
//
// SITREP_BENCH_PROFILE names a file for a CPU profile of the edits alone;
// SITREP_BENCH_EDIT=place makes each edit name a place the briefing may not name yet, which
// takes the full way (the model made again) instead of revising the briefing in place.
func BenchmarkSessionEdit(b *testing.B) {
	dir := os.Getenv("SITREP_BENCH_SITE")
	if dir == "" {
		b.Skip("set SITREP_BENCH_SITE to a site folder")
	}
	var files []string
	root, err := filepath.EvalSymlinks(filepath.Join(dir, "content"))
	if err != nil {
		b.Fatal(err)
	}
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			rel, _ := filepath.Rel(root, p)
			files = append(files, filepath.Join(dir, "content", rel))
		}
		return nil
	})
	sort.Strings(files)
	ctx := context.Background()
	sess := NewBuilder().NewSession(Options{Source: DirFS(dir), Drafts: true, Future: true, LiveReload: true})
	t0 := time.Now()
	if _, err := sess.Rebuild(ctx, nil); err != nil {
		b.Fatal(err)
	}
	b.Logf("first rebuild: %v", time.Since(t0))
	orig := map[string][]byte{}
	defer func() {
		for f, data := range orig {
			os.WriteFile(f, data, 0o644)
		}
	}()
	if p := os.Getenv("SITREP_BENCH_PROFILE"); p != "" { // the edits alone, not the first build
		f, err := os.Create(p)
		if err != nil {
			b.Fatal(err)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	var times []time.Duration
	rendered := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := files[(i*7919)%len(files)]
		data, _ := os.ReadFile(f)
		if _, ok := orig[f]; !ok {
			orig[f] = data
		}
		line := fmt.Sprintf("\nEdit %d.\n", i)
		if os.Getenv("SITREP_BENCH_EDIT") == "place" { // a new place: the model is made again
			line = fmt.Sprintf("\nEdit %d: patrols reached Tikrit.\n", i)
		}
		data = append(data, line...)
		os.WriteFile(f, data, 0o644)
		rel, _ := filepath.Rel(dir, f)
		t := time.Now()
		up, err := sess.Rebuild(ctx, []string{filepath.ToSlash(rel)})
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t))
		rendered += up.Rendered
		if os.Getenv("SITREP_BENCH_VERBOSE") != "" {
			b.Logf("%v: %d rendered, revised %v, changed %v", time.Since(t), up.Rendered, up.Revised, up.Changed)
		}
	}
	b.StopTimer()
	sort.Slice(times, func(x, y int) bool { return times[x] < times[y] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms/edit-median")
	b.ReportMetric(float64(rendered)/float64(b.N), "pages/edit")
}
