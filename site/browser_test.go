package site

import (
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openwhitepaper/whitepaper/render"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPagesInBrowser opens every page of a site in headless Chromium,
// with a proxy that records any request: every link must lead to a file
// of the site (and to an element of it for a #fragment), the console
// must show no error, the DOM must load nothing (no src, no <link>), and
// the proxy must see nothing.
func TestPagesInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not run with -short")
	}
	chromium, err := render.Browser()
	if err != nil {
		t.Skip("no Chromium (Debian: apt-get install chromium): " + err.Error())
	}
	var mu sync.Mutex
	var hits []string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.URL.Hostname()
		if host == "" {
			host, _, _ = strings.Cut(r.Host, ":") // CONNECT
		}
		// The browser's own services (the clock, component updates) are
		// not the page's.
		for _, own := range []string{".google.com", ".googleapis.com", ".gvt1.com", ".gstatic.com"} {
			if strings.HasSuffix(host, own) {
				http.Error(w, "no network in this test", http.StatusForbidden)
				return
			}
		}
		mu.Lock()
		hits = append(hits, r.Method+" "+r.URL.String())
		mu.Unlock()
		http.Error(w, "no network in this test", http.StatusForbidden)
	}))
	defer proxy.Close()

	file := gitRepo(t, seculioHistory(t)...)
	out, res := buildGit(t, file, &Options{Languages: jaEn, PDF: true})
	assert.Contains(t, res.Files, "whitepaper.en.pdf")
	href := regexp.MustCompile(`\shref="([^"]*)"`)
	loads := regexp.MustCompile(`(?i)\ssrc=|<link\b|<script\b|<iframe\b|<object\b|<embed\b`)
	ids := map[string]map[string]bool{}
	idsOf := func(name string) map[string]bool {
		if ids[name] == nil {
			ids[name] = map[string]bool{}
			for _, m := range regexp.MustCompile(`\sid="([^"]*)"`).FindAllStringSubmatch(read(t, out, name), -1) {
				ids[name][html.UnescapeString(m[1])] = true
			}
		}
		return ids[name]
	}
	profile := t.TempDir()
	pages := 0
	for _, name := range res.Files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+profile,
			"--proxy-server="+proxy.URL, "--proxy-bypass-list=<-loopback>", "--enable-logging=stderr", "--v=0",
			"--virtual-time-budget=2000", "--dump-dom", "file://"+filepath.Join(out, name))
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoError(t, cmd.Start())
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			require.NoError(t, err, "%s: %s", name, stderr.String())
		case <-time.After(60 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatalf("%s: chromium did not finish", name)
		}
		dom := stdout.String()
		require.Contains(t, dom, "</main>", "%s: no DOM came back", name)
		for _, line := range strings.Split(stderr.String(), "\n") {
			assert.NotContains(t, line, "CONSOLE", "%s: console message", name)
			assert.NotContains(t, line, "Uncaught", name)
		}
		assert.NotRegexp(t, loads, dom, "%s loads something", name)
		for _, m := range href.FindAllStringSubmatch(dom, -1) {
			u, err := url.Parse(html.UnescapeString(m[1]))
			require.NoError(t, err, "%s: %s", name, m[1])
			if u.Scheme != "" {
				assert.Contains(t, []string{"http", "https", "mailto", "tel"}, u.Scheme, "%s: %s", name, m[1])
				continue // a link out, from the document: followed only by the reader
			}
			target := name
			if u.Path != "" {
				target = u.Path
				assert.True(t, render.RelativeURL(m[1]), "%s: %s is not a relative link", name, m[1])
				if !assert.FileExists(t, filepath.Join(out, filepath.FromSlash(u.Path)), "%s links to %s", name, m[1]) {
					continue
				}
			}
			if u.Fragment != "" && strings.HasSuffix(target, ".html") {
				assert.True(t, idsOf(target)[u.Fragment], "%s: %s has no element #%s", name, target, u.Fragment)
			}
		}
	}
	assert.Equal(t, 10, pages)
	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, hits, "the pages fetched from the network")
	_, err = os.Stat(filepath.Join(out, "whitepaper.pdf"))
	assert.NoError(t, err)
}
