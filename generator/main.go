// Command sitrep builds a static archive site from a folder of briefings.
//
//	sitrep [build] [flags]   build the site into public/ (the default command)
//	sitrep version           print the version
//	sitrep help              print usage
//
// From a checkout: go run ./generator build. The commands themselves live in the packages
// under generator/; this file only reads flags and prints results.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"

	"github.com/sitrep-archive/sitrep/generator/build"
	"github.com/sitrep-archive/sitrep/generator/diag"
)

// version is set at release time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

const usage = `sitrep: a static site generator for archives of military and defence briefings.

Usage:
  sitrep [build] [flags]   build the site into public/ (default)
  sitrep serve [flags]     serve the site with live reload (sitrep serve --help)
  sitrep check [flags]     check the links of a built site (--source, --dest, --base-url)
  sitrep eval [--json] [--errors] FILE.jsonl...
                           score the figure and place extractors on labelled text
  sitrep version           print the version
  sitrep help              print this help

Build flags:
  --source DIR      the site folder, holding site.yaml, content/, layouts/, static/ (default ".")
  --dest DIR        the output folder (default "public" inside the site folder)
  --base-url URL    override site.yaml's baseURL, e.g. https://user.github.io/archive/
  --drafts          include briefings marked draft: true
  --future          include briefings dated in the future
  --minify=false    write HTML, CSS, JS, SVG, JSON and XML without minifying
  --check=false     skip the link check that runs before the output is replaced
  --incremental=false
                    build everything into a new tree instead of updating the output in
                    place from the build cache (.public.cache beside public/)

Exit status: 0 on success, 1 when the site has errors (all are printed), 2 on bad usage.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "build":
		return runBuild(args, stdout, stderr)
	case "serve":
		return runServe(args, stdout, stderr)
	case "check":
		return runCheck(args, stdout, stderr)
	case "eval":
		return runEval(args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "sitrep", version)
		return 0
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "sitrep: unknown command %q\n\n%s", cmd, usage)
	return 2
}

// siteFlags are the flags shared by the commands that build.
type siteFlags struct {
	source, dest, baseURL string
	drafts, future        bool
	minify                bool
	checkLinks            bool
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.source, "source", ".", "site folder")
	fs.StringVar(&f.dest, "dest", "", "output folder")
	fs.StringVar(&f.baseURL, "base-url", "", "base URL")
	fs.BoolVar(&f.drafts, "drafts", false, "include drafts")
	fs.BoolVar(&f.future, "future", false, "include future-dated briefings")
	fs.BoolVar(&f.minify, "minify", true, "minify output")
	fs.BoolVar(&f.checkLinks, "check", true, "check internal links before replacing the output")
}

func (f *siteFlags) options(set *flag.FlagSet) build.Options {
	dest := f.dest
	if dest == "" {
		dest = filepath.Join(f.source, "public")
	}
	opts := build.Options{Source: build.DirFS(f.source), Dest: dest, BaseURL: f.baseURL, Drafts: f.drafts, Future: f.future, CheckLinks: f.checkLinks,
		MatcherDir: matcherDir()}
	set.Visit(func(fl *flag.Flag) {
		if fl.Name == "minify" {
			m := f.minify
			opts.Minify = &m
		}
	})
	return opts
}

// matcherDir is where builds keep snapshots of the place matcher: $SITREP_CACHE_DIR, else
// "sitrep" in the user's cache folder ($XDG_CACHE_HOME or ~/.cache on Linux); "" (the build
// cache folder) when SITREP_CACHE_DIR is "off" or there is no user cache folder.
func matcherDir() string {
	if d := os.Getenv("SITREP_CACHE_DIR"); d != "" {
		if d == "off" {
			return ""
		}
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "sitrep")
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	return fs
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	set := newFlagSet("build", stderr)
	var f siteFlags
	f.register(set)
	cpuProfile := set.String("cpuprofile", "", "write a CPU profile to this file")
	memProfile := set.String("memprofile", "", "write a heap profile to this file at the end")
	timings := set.Bool("timings", false, "print the time of each stage")
	incremental := set.Bool("incremental", true, "update the output in place from the build cache when possible")
	if err := set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if set.NArg() > 0 {
		fmt.Fprintf(stderr, "sitrep build: unexpected argument %q\n", set.Arg(0))
		return 2
	}
	if st, err := os.Stat(f.source); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "sitrep: the site folder %q does not exist or is not a folder\n", f.source)
		return 1
	}
	if *cpuProfile != "" {
		stopProfile, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintln(stderr, "sitrep:", err)
			return 1
		}
		defer stopProfile()
	}
	if *memProfile != "" {
		defer writeHeapProfile(*memProfile, stderr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := f.options(set)
	opts.Cache, opts.Incremental = true, *incremental
	opts.ContentListed = buildMemoryLimiter()
	res, err := build.NewBuilder().Once().Build(ctx, opts)
	if err != nil {
		printDiagnostics(stderr, diag.From(err))
		return 1
	}
	printDiagnostics(stderr, res.Warnings)
	if *timings {
		for _, st := range res.Stages {
			fmt.Fprintf(stdout, "%-18s %6d ms\n", st.Name, st.Elapsed.Milliseconds())
		}
	}
	fmt.Fprintln(stdout, res.Summary())
	if err := res.Cleanup(); err != nil { // after the summary: the site is already in place
		fmt.Fprintln(stderr, "sitrep: removing the old output:", err)
	}
	return 0
}

func startCPUProfile(name string) (func(), error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func writeHeapProfile(name string, stderr io.Writer) {
	f, err := os.Create(name)
	if err == nil {
		err = pprof.WriteHeapProfile(f)
		f.Close()
	}
	if err != nil {
		fmt.Fprintln(stderr, "sitrep: heap profile:", err)
	}
}

func printDiagnostics(w io.Writer, l diag.List) {
	for _, d := range l {
		fmt.Fprint(w, d.Format())
	}
	if n := len(l.Errors()); n > 0 {
		fmt.Fprintf(w, "%d error(s)\n", n)
	}
}
