package serve

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkEditToReload measures the time from writing a briefing to the reload event, on
// an archive made by gen-corpus; the metric is the median of 20 edits. It runs only when
// SITREP_BENCH_CORPUS holds the number of briefings (10000 for the README's figure), since
// generating and building the archive takes a while:
//
//	SITREP_BENCH_CORPUS=10000 go test ./generator/serve -run '^$' -bench EditToReload -benchtime 1x
//
// SITREP_GEN_CORPUS may name the gen-corpus script (default ../shared/bench/gen-corpus
// beside the checkout).
func BenchmarkEditToReload(b *testing.B) {
	n, err := strconv.Atoi(os.Getenv("SITREP_BENCH_CORPUS"))
	if err != nil || n <= 0 {
		b.Skip("set SITREP_BENCH_CORPUS=10000 to run this benchmark")
	}
	gen := os.Getenv("SITREP_GEN_CORPUS")
	if gen == "" {
		gen = filepath.Join(repoRoot, "..", "shared", "bench", "gen-corpus")
	}
	dir := b.TempDir()
	if out, err := exec.Command("python3", gen, strconv.Itoa(n), dir).CombinedOutput(); err != nil {
		b.Fatalf("gen-corpus: %v\n%s", err, out)
	}
	if out, err := exec.Command("bash", filepath.Join(repoRoot, "bench", "corpus-site"), dir).CombinedOutput(); err != nil {
		b.Fatalf("corpus-site: %v\n%s", err, out)
	}
	var files []string
	filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	startBuild := time.Now()
	r := start(b, dir, nil)
	b.Logf("%d briefings: first build and start in %v", len(files), time.Since(startBuild))
	ev := r.events(b)
	waitEvent(b, ev, "hello ")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var times []time.Duration
		for j := 0; j < 20; j++ {
			f := files[(j*7919+i)%len(files)]
			data, _ := os.ReadFile(f)
			data = append(data, fmt.Sprintf("\nEdit %d.%d.\n", i, j)...)
			t0 := time.Now()
			if err := os.WriteFile(f, data, 0o644); err != nil {
				b.Fatal(err)
			}
			waitEvent(b, ev, "reload ")
			times = append(times, time.Since(t0))
		}
		sort.Slice(times, func(x, y int) bool { return times[x] < times[y] })
		median := (times[9] + times[10]) / 2
		b.ReportMetric(float64(median.Microseconds())/1000, "ms/edit-median")
		b.ReportMetric(float64(times[19].Microseconds())/1000, "ms/edit-max")
	}
	b.StopTimer()
	lines := strings.Split(r.log.String(), "\n")
	b.Logf("last rebuilds:\n%s", strings.Join(lines[max(0, len(lines)-4):], "\n"))
}
