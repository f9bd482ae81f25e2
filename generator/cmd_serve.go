package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/sitrep-archive/sitrep/generator/serve"
)

const serveUsage = `Usage: sitrep serve [flags]

Builds the site into memory, serves it at http://127.0.0.1:1313/ below the base path of its
baseURL, rebuilds it when site.yaml, content/, layouts/ or static/ change and reloads the
pages open in a browser. public/ is not touched. Drafts and future-dated briefings are shown.

Flags:
  --source DIR        the site folder (default ".")
  --port N            port to listen on (default 1313)
  --bind ADDR         address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --base-url URL      override site.yaml's baseURL
  --drafts=false      hide briefings marked draft: true
  --future=false      hide briefings dated in the future
  --minify=false      serve HTML, CSS, JS, SVG, JSON and XML without minifying
  --poll              poll for changes instead of using inotify
  --live-reload=false serve the pages exactly as a build writes them, without the reload script
`

func runServe(args []string, stdout, stderr io.Writer) int {
	set := newFlagSet("serve", stderr)
	set.Usage = func() { fmt.Fprint(stderr, serveUsage) }
	var f siteFlags
	f.register(set)
	for _, name := range []string{"drafts", "future"} {
		fl := set.Lookup(name)
		fl.DefValue = "true"
		fl.Value.Set("true")
	}
	port := set.Int("port", 1313, "port")
	bind := set.String("bind", "127.0.0.1", "address")
	poll := set.Bool("poll", false, "poll for changes")
	live := set.Bool("live-reload", true, "add the live-reload script")
	if err := set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if set.NArg() > 0 {
		fmt.Fprintf(stderr, "sitrep serve: unexpected argument %q\n", set.Arg(0))
		return 2
	}
	if st, err := os.Stat(f.source); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "sitrep: the site folder %q does not exist or is not a folder\n", f.source)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := serve.New(serve.Options{
		Dir:          f.source,
		Build:        f.options(set),
		NoLiveReload: !*live,
		Addr:         net.JoinHostPort(*bind, strconv.Itoa(*port)),
		Poll:         *poll,
		Stdout:       stdout,
		Stderr:       stderr,
	})
	if err := srv.Run(ctx); err != nil {
		fmt.Fprintf(stderr, "sitrep serve: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "stopped")
	return 0
}
