package serve

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-archive/sitrep/generator/build"
)

// repoRoot is the checkout's root, which holds the sample site.
const repoRoot = "../.."

// sampleSite copies the sample site into a new folder, with a base path.
func sampleSite(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"site.yaml", "content", "layouts", "static"} {
		err := filepath.WalkDir(filepath.Join(repoRoot, name), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(repoRoot, p)
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if rel == "site.yaml" {
				data = setBaseURL(data)
			}
			os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755)
			return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func setBaseURL(data []byte) []byte {
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "baseURL:") {
			l = "baseURL: https://example.org/archive/"
		}
		out = append(out, l)
	}
	return []byte(strings.Join(out, "\n"))
}

// running is a server started by start, stopped at the end of the test.
type running struct {
	*Server
	url    string // the site's URL
	stop   func()
	client *http.Client
	log    *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// builder is shared by the tests' servers, so the gazetteer is loaded once.
var builder = build.NewBuilder()

func start(t testing.TB, dir string, mutate func(*Options)) *running {
	t.Helper()
	ready := make(chan string, 1)
	log := &syncBuffer{}
	opts := Options{Dir: dir, Addr: "127.0.0.1:0", Stdout: log, Stderr: log, Ready: func(u string) { ready <- u }, Builder: builder}
	opts.Build.Drafts, opts.Build.Future = true, true
	if mutate != nil {
		mutate(&opts)
	}
	srv := New(opts)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	r := &running{Server: srv, log: log, client: &http.Client{Transport: &http.Transport{}, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	select {
	case r.url = <-ready:
	case err := <-done:
		t.Fatalf("server stopped: %v", err)
	}
	var once sync.Once
	r.stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
			r.client.CloseIdleConnections()
		})
	}
	t.Cleanup(r.stop)
	return r
}

func (r *running) get(t testing.TB, path string) (int, string) {
	t.Helper()
	resp, err := r.client.Get(strings.TrimSuffix(r.url, "/archive/") + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// events opens the event stream and returns a channel of "name data" lines.
func (r *running) events(t testing.TB) <-chan string {
	t.Helper()
	stream := &http.Client{Transport: r.client.Transport} // no time limit: the stream stays open
	resp, err := stream.Get(r.url + Prefix + "events")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	out := make(chan string, 64)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		name := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				out <- name + " " + strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	return out
}

// waitEvent waits (with a generous limit) for an event whose line contains want.
func waitEvent(t testing.TB, ev <-chan string, want string) string {
	t.Helper()
	limit := time.After(60 * time.Second)
	for {
		select {
		case e, ok := <-ev:
			if !ok {
				t.Fatalf("event stream closed while waiting for %q", want)
			}
			if strings.Contains(e, want) {
				return e
			}
		case <-limit:
			t.Fatalf("no event %q", want)
		}
	}
}

const briefingFile = "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"
const briefingPage = "/archive/briefings/2014/10/operation-inherent-resolve-named/"

func TestServePathsAndNotFound(t *testing.T) {
	r := start(t, sampleSite(t), nil)
	for _, tc := range []struct {
		path string
		code int
		has  string
	}{
		{"/archive/", 200, "_sitrep/live.js"},
		{briefingPage, 200, "Operation Inherent Resolve"},
		{"/", 302, ""},
		{"/archive/briefings", 301, ""},
		{"/archive/css/site.css", 200, "body"},
		{"/archive/_sitrep/live.js", 200, "EventSource"},
		{"/archive/no/such/page/", 404, "Page not found"},
		{"/archive/css/", 404, "Page not found"},
		{"/archive/../site.yaml", 404, ""},
		{"/archive/%2e%2e/site.yaml", 404, ""},
		{"/archive/%2e%2e%2fsite.yaml", 404, ""},
		{"/archive/..%2f..%2fetc%2fpasswd", 404, ""},
		{"/archive/%252e%252e/site.yaml", 404, ""},
		{"/archive/briefings/..%5c..%5csite.yaml", 404, ""},
		{"/archive/content/" + strings.TrimPrefix(briefingFile, "content/"), 404, ""},
		{"/site.yaml", 404, ""},
		{"/archive/.nojekyll", 200, ""},
	} {
		code, body := r.get(t, tc.path)
		if code != tc.code || !strings.Contains(body, tc.has) {
			t.Errorf("GET %s: %d (want %d), body has %q: %v", tc.path, code, tc.code, tc.has, strings.Contains(body, tc.has))
		}
		if strings.Contains(body, "theatres:") || strings.Contains(body, "root:") {
			t.Errorf("GET %s served a file outside the site", tc.path)
		}
	}
	// HTTP clients clean paths; send raw requests too.
	for _, raw := range []string{"/archive/../site.yaml", "/archive/./../../site.yaml", "/archive//etc/passwd"} {
		req, _ := http.NewRequest("GET", r.url, nil)
		req.URL.Opaque = raw
		resp, err := r.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 404 {
			t.Errorf("raw GET %s: %d", raw, resp.StatusCode)
		}
	}
}

// TestServeReloadsOnEdits edits a briefing by an atomic save (write a temporary file,
// rename it over the briefing) and by a plain write; each reaches the page and sends a
// reload. A broken edit sends the error with file:line and keeps the last good page; the
// fix clears it. A CSS edit sends css, not reload.
func TestServeReloadsOnEdits(t *testing.T) {
	dir := sampleSite(t)
	r := start(t, dir, nil)
	ev := r.events(t)
	waitEvent(t, ev, "hello ")
	file := filepath.Join(dir, briefingFile)
	orig, _ := os.ReadFile(file)

	tmp := filepath.Join(dir, "content", ".save.tmp")
	os.WriteFile(tmp, append(append([]byte(nil), orig...), "\nAtomic save arrived.\n"...), 0o644)
	if err := os.Rename(tmp, file); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, ev, "reload ")
	if _, body := r.get(t, briefingPage); !strings.Contains(body, "Atomic save arrived.") {
		t.Error("the atomic save did not reach the page")
	}

	os.WriteFile(file, append(append([]byte(nil), orig...), "\nPlain write arrived.\n"...), 0o644)
	waitEvent(t, ev, "reload ")
	if _, body := r.get(t, briefingPage); !strings.Contains(body, "Plain write arrived.") {
		t.Error("the plain write did not reach the page")
	}

	os.WriteFile(file, bytes.Replace(orig, []byte("date = "), []byte("date = \"not a date\"\nx = "), 1), 0o644)
	e := waitEvent(t, ev, "errors ")
	if !strings.Contains(e, briefingFile+":") {
		t.Errorf("error event without file:line: %s", e)
	}
	if code, body := r.get(t, briefingPage); code != 200 || !strings.Contains(body, "Plain write arrived.") {
		t.Error("the last good page is not served while the site has errors")
	}
	if !strings.Contains(r.log.String(), briefingFile+":") {
		t.Error("the terminal does not show the error")
	}
	os.WriteFile(file, orig, 0o644)
	waitEvent(t, ev, `"errors":[]`)

	os.WriteFile(filepath.Join(dir, "static/css/site.css"), []byte("body { color: #123456; }\n"), 0o644)
	waitEvent(t, ev, "css ")
}

// TestServeFoldersRenamesAndDeletes creates a folder after start with a briefing in it,
// renames it and deletes the briefing: its page and every list naming it follow.
func TestServeFoldersRenamesAndDeletes(t *testing.T) {
	dir := sampleSite(t)
	r := start(t, dir, nil)
	ev := r.events(t)
	waitEvent(t, ev, "hello ")
	os.MkdirAll(filepath.Join(dir, "content/new/deep"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/new/deep/x.md"), []byte("---\ntitle: Fresh Narnia Briefing\ndate: 2019-05-05\ntheatres: [Narnia]\n---\nText.\n"), 0o644)
	page := "/archive/briefings/2019/05/fresh-narnia-briefing/"
	waitFor(t, func() bool { code, _ := r.get(t, page); return code == 200 })
	if _, body := r.get(t, "/archive/theatres/narnia/"); !strings.Contains(body, "Fresh Narnia Briefing") {
		t.Error("term page does not list the new briefing")
	}
	os.Rename(filepath.Join(dir, "content/new"), filepath.Join(dir, "content/renamed"))
	os.WriteFile(filepath.Join(dir, "content/renamed/deep/x.md"), []byte("---\ntitle: Renamed Narnia Briefing\ndate: 2019-05-05\ntheatres: [Narnia]\n---\nText.\n"), 0o644)
	waitFor(t, func() bool {
		code, _ := r.get(t, "/archive/briefings/2019/05/renamed-narnia-briefing/")
		return code == 200
	})
	if code, _ := r.get(t, page); code != 404 {
		t.Errorf("old page still served: %d", code)
	}
	os.Remove(filepath.Join(dir, "content/renamed/deep/x.md"))
	waitFor(t, func() bool { code, _ := r.get(t, "/archive/theatres/narnia/"); return code == 404 })
	for _, p := range []string{"/archive/", "/archive/briefings/", "/archive/theatres/"} {
		if _, body := r.get(t, p); strings.Contains(body, "Narnia") {
			t.Errorf("%s still names the deleted briefing", p)
		}
	}
}

func waitFor(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in time")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestServePolling runs the watcher in polling mode, as after the inotify limit.
func TestServePolling(t *testing.T) {
	dir := sampleSite(t)
	r := start(t, dir, func(o *Options) { o.Poll = true })
	file := filepath.Join(dir, briefingFile)
	orig, _ := os.ReadFile(file)
	os.WriteFile(file, append(orig, "\nPolled edit.\n"...), 0o644)
	waitFor(t, func() bool { _, body := r.get(t, briefingPage); return strings.Contains(body, "Polled edit.") })
}

// TestServeShutdownLeavesNoGoroutines starts and stops a server with an open event stream
// and checks the goroutine count comes back down.
func TestServeShutdownLeavesNoGoroutines(t *testing.T) {
	dir := sampleSite(t)
	runtime.GC()
	before := runtime.NumGoroutine()
	for i := 0; i < 2; i++ {
		r := start(t, dir, func(o *Options) { o.Poll = i == 1 })
		ev := r.events(t)
		waitEvent(t, ev, "hello ")
		r.stop()
		for range ev { // the stream ends at shutdown
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= before {
			break
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestServeNoLiveReloadMatchesBuild checks that without the reload script the served files
// are those a build writes (the Session is tested against full builds in package build).
func TestServeLiveReloadOnlyInServe(t *testing.T) {
	dir := sampleSite(t)
	r := start(t, dir, func(o *Options) { o.NoLiveReload = true })
	if _, body := r.get(t, "/archive/"); strings.Contains(body, "live.js") {
		t.Error("the reload script is in a page served without live reload")
	}
}
