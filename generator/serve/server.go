package serve

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-archive/sitrep/generator/build"
	"github.com/sitrep-archive/sitrep/generator/diag"
)

//go:embed live.js
var liveJS []byte

// Prefix is the folder, below the site's base path, of the dev server's own URLs.
const Prefix = "_sitrep/"

// Options configure a dev server.
type Options struct {
	// Dir is the site folder.
	Dir string
	// Build are the build options; Source is set from Dir and LiveReload is forced on
	// unless NoLiveReload.
	Build        build.Options
	NoLiveReload bool
	// Addr is the address to listen on ("127.0.0.1:1313").
	Addr string
	// Poll watches by polling instead of inotify.
	Poll bool
	// Stdout gets the server's progress, Stderr the diagnostics.
	Stdout, Stderr io.Writer
	// Ready, when set, is called with the site's URL once the server listens.
	Ready func(url string)
	// Builder, when set, is used instead of a new one (it keeps the place matcher).
	Builder *build.Builder
}

// Server is a running dev server.
type Server struct {
	opts    Options
	builder *build.Builder
	sess    *build.Session
	id      string // differs between runs, so pages reload after a restart

	mu       sync.Mutex
	files    map[string][]byte
	basePath string
	version  int
	errs     diag.List
	clients  map[chan event]bool
	done     chan struct{} // closed at shutdown; ends the event streams
	rebuilds int
}

// event is one message of the event stream.
type event struct {
	name string
	data []byte
}

// state is the data of the hello and errors events.
type state struct {
	Version string   `json:"version"`
	Errors  []string `json:"errors"` // diag.Diagnostic.HTML of each error
	Text    string   `json:"text"`   // the terminal's text of the same errors
}

// New makes a server for opts; Run builds and serves.
func New(opts Options) *Server {
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	opts.Dir = absDir(opts.Dir)
	opts.Build.Source = build.DirFS(opts.Dir)
	opts.Build.LiveReload = !opts.NoLiveReload
	bl := opts.Builder
	if bl == nil {
		bl = build.NewBuilder()
	}
	return &Server{opts: opts, builder: bl, sess: bl.NewSession(opts.Build),
		id: strconv.FormatInt(time.Now().UnixNano(), 36), basePath: "/",
		clients: map[chan event]bool{}, done: make(chan struct{})}
}

// Run builds the site, serves it and rebuilds it on every change until ctx is done; then it
// stops the watcher, closes every connection and returns.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := newWatcher(s.opts.Dir, s.opts.Poll, s.opts.Stderr)
	s.rebuild(ctx, nil)

	bursts := make(chan []string)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		w.run(ctx, bursts)
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case paths := <-bursts:
				s.rebuild(ctx, paths)
			}
		}
	}()

	hs := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	url := "http://" + ln.Addr().String() + s.BasePath()
	fmt.Fprintf(s.opts.Stdout, "serving %s (Ctrl-C to stop)\n", url)
	if s.opts.Ready != nil {
		s.opts.Ready(url)
	}

	select {
	case <-ctx.Done():
	case err = <-served:
	}
	cancel()
	s.mu.Lock()
	close(s.done)
	s.mu.Unlock()
	shut, stop := context.WithTimeout(context.Background(), 5*time.Second)
	defer stop()
	if e := hs.Shutdown(shut); e != nil {
		hs.Close()
	}
	if err == nil {
		err = <-served
	}
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// BasePath is the path the site is served under ("/archive/").
func (s *Server) BasePath() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.basePath
}

// Clients is the number of open event streams (pages listening for reloads).
func (s *Server) Clients() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.clients)
}

// Files is the site being served (output path → bytes).
func (s *Server) Files() map[string][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files
}

// rebuild brings the site up to date after changes at paths (nil: everything), reports
// the result in the terminal and tells the pages.
func (s *Server) rebuild(ctx context.Context, paths []string) {
	up, err := s.sess.Rebuild(ctx, paths)
	if ctx.Err() != nil {
		return
	}
	if err != nil {
		l := diag.From(err)
		for _, d := range l {
			fmt.Fprint(s.opts.Stderr, d.Format())
		}
		s.mu.Lock()
		if s.files == nil {
			fmt.Fprintf(s.opts.Stderr, "%d error(s); the site is served once it builds\n", len(l.Errors()))
		} else {
			fmt.Fprintf(s.opts.Stderr, "%d error(s); still serving the last good site\n", len(l.Errors()))
		}
		s.errs = l
		s.rebuilds++
		st := s.stateLocked()
		s.broadcastLocked(event{"errors", st})
		s.mu.Unlock()
		return
	}
	var warnings diag.List
	changedFile := map[string]bool{}
	for _, p := range paths {
		changedFile[p] = true
	}
	for _, w := range up.Result.Warnings {
		if paths == nil || changedFile[w.File] {
			warnings = append(warnings, w)
		}
	}
	for _, w := range warnings {
		fmt.Fprint(s.opts.Stderr, w.Format())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	hadErrors := len(s.errs) > 0
	s.errs = nil
	s.files = up.Files
	s.basePath = up.Result.Site.BasePath
	s.rebuilds++
	if paths == nil && s.version == 0 {
		fmt.Fprintf(s.opts.Stdout, "%s\n", up.Result.Summary())
	} else {
		fmt.Fprintf(s.opts.Stdout, "rebuilt in %d ms: %d pages rendered, %d files changed, %d removed\n",
			up.Result.Elapsed.Milliseconds(), up.Rendered, len(up.Changed), len(up.Removed))
	}
	if len(up.Changed) == 0 && len(up.Removed) == 0 {
		if hadErrors {
			s.broadcastLocked(event{"errors", s.stateLocked()})
		}
		return
	}
	s.version++
	kind := "reload"
	if cssOnly(up.Changed, up.Removed) {
		kind = "css"
	}
	s.broadcastLocked(event{kind, s.stateLocked()})
}

func cssOnly(lists ...[]string) bool {
	for _, l := range lists {
		for _, p := range l {
			if path.Ext(p) != ".css" {
				return false
			}
		}
	}
	return true
}

func (s *Server) stateLocked() []byte {
	st := state{Version: s.id + "." + strconv.Itoa(s.version), Errors: []string{}}
	var text strings.Builder
	for _, d := range s.errs.Errors() {
		st.Errors = append(st.Errors, d.HTML())
		text.WriteString(d.Format())
	}
	st.Text = text.String()
	data, _ := json.Marshal(st)
	return data
}

func (s *Server) broadcastLocked(ev event) {
	for c := range s.clients {
		select {
		case c <- ev:
		default: // a slow page misses this one; the next hello puts it right
		}
	}
}

// ServeHTTP serves the built site below its base path, the live-reload script and the
// event stream. Nothing outside the built site is reachable.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	s.mu.Lock()
	files, base := s.files, s.basePath
	s.mu.Unlock()
	p := r.URL.Path
	if !strings.HasPrefix(p, base) {
		if p == "/" || p+"/" == base {
			http.Redirect(w, r, base, http.StatusFound)
			return
		}
		s.notFound(w, files)
		return
	}
	rel := p[len(base):]
	switch rel {
	case Prefix + "live.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(liveJS)
		return
	case Prefix + "events":
		s.events(w, r)
		return
	}
	if !safe(rel) {
		s.notFound(w, files)
		return
	}
	if files == nil {
		s.noSite(w)
		return
	}
	key := rel
	if rel == "" || strings.HasSuffix(rel, "/") {
		key = rel + "index.html"
	}
	data, ok := files[key]
	if !ok {
		if _, dir := files[rel+"/index.html"]; dir && rel != "" {
			http.Redirect(w, r, p+"/", http.StatusMovedPermanently)
			return
		}
		s.notFound(w, files)
		return
	}
	w.Header().Set("Content-Type", contentType(key))
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(data)
}

// safe reports whether rel is a plain path inside the site: no "." or ".." segments, no
// backslashes, no NUL, no empty segment in the middle.
func safe(rel string) bool {
	if strings.ContainsAny(rel, "\\\x00") || strings.HasPrefix(rel, "/") {
		return false
	}
	segs := strings.Split(rel, "/")
	for i, seg := range segs {
		if seg == "." || seg == ".." || (seg == "" && i < len(segs)-1) {
			return false
		}
	}
	return true
}

func contentType(p string) string {
	switch path.Ext(p) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".xml":
		return "application/xml; charset=utf-8"
	case ".json":
		return "application/json; charset=utf-8"
	case ".txt", "":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(p)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// notFound answers with the site's 404 page and status 404.
func (s *Server) notFound(w http.ResponseWriter, files map[string][]byte) {
	w.Header().Set("Cache-Control", "no-cache")
	if page, ok := files["404.html"]; ok {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write(page)
		return
	}
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// noSite answers while no build has succeeded yet: a page that shows the errors and
// reloads once the site builds.
func (s *Server) noSite(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusServiceUnavailable)
	fmt.Fprintf(w, "<!DOCTYPE html><html><head><meta charset=utf-8><title>sitrep: the site does not build</title></head><body><h1>The site does not build yet</h1><p>Fix the errors; this page reloads when it builds.</p><script src=\"%s\"></script></body></html>", s.BasePath()+Prefix+"live.js")
}

// events is the Server-Sent Events stream a page listens to: a hello with the site's
// version and errors at once, then reload, css and errors events.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c := make(chan event, 8)
	s.mu.Lock()
	select {
	case <-s.done:
		s.mu.Unlock()
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	default:
	}
	s.clients[c] = true
	hello := s.stateLocked()
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.clients, c)
		s.mu.Unlock()
	}()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	send := func(ev event) bool {
		_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, ev.data)
		fl.Flush()
		return err == nil
	}
	if !send(event{"hello", hello}) {
		return
	}
	keepAlive := time.NewTicker(20 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case ev := <-c:
			if !send(ev) {
				return
			}
		case <-keepAlive.C:
			if _, err := io.WriteString(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

// absDir makes dir absolute, so event paths compare with it.
func absDir(dir string) string {
	if a, err := filepath.Abs(dir); err == nil {
		return a
	}
	return dir
}
