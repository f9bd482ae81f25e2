package serve

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is where CI installs Chromium (Debian package chromium).
const chromiumPath = "/usr/bin/chromium"

// TestBrowserLiveReload opens a served briefing in headless Chromium, edits its file and
// waits for the new text to appear without a manual reload; then a broken edit must show
// the overlay with file:line, and the fix must clear it.
func TestBrowserLiveReload(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skip("chromium is not installed (CI installs it: .ci/run)")
	}
	dir := sampleSite(t)
	r := start(t, dir, nil)

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()

	page := strings.TrimSuffix(r.url, "/archive/") + briefingPage
	if err := chromedp.Do(ctx, chromedp.Navigate(page), chromedp.WaitVisible("article.briefing h1")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return r.Clients() > 0 }) // the page listens

	// poll evaluates js in the page until it is true; a reload in between (which fails an
	// evaluation) is retried.
	poll := func(what, js string) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		var last error
		for time.Now().Before(deadline) {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
			if err == nil && ok {
				return
			}
			last = err
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("%s: not seen in time (last error: %v)", what, last)
	}

	file := filepath.Join(dir, briefingFile)
	orig, _ := os.ReadFile(file)
	os.WriteFile(file, append(append([]byte(nil), orig...), "\nText added while the page was open.\n"...), 0o644)
	poll("the edit reaches the page", `document.body.innerText.includes("Text added while the page was open.")`)

	os.WriteFile(file, bytes.Replace(orig, []byte("+++\ntitle"), []byte("+++\ntitel"), 1), 0o644)
	poll("the overlay shows the error", `(function(){var o=document.getElementById("sitrep-overlay");return !!o && o.innerText.includes("`+briefingFile+`:2:1")})()`)
	if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.body.innerText.includes("Text added while the page was open.")`)); err != nil || !ok {
		t.Errorf("the last good page is not shown behind the overlay (%v)", err)
	}

	os.WriteFile(file, orig, 0o644)
	poll("the fix clears the overlay", `document.getElementById("sitrep-overlay") === null && !document.body.innerText.includes("Text added while the page was open.")`)
}
