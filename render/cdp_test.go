package render

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// The browser tests share one headless Chromium, started when the first
// of them needs it and driven through the DevTools protocol over a pipe
// (--remote-debugging-pipe): each page opens in a tab of its own and gets
// a budget of virtual time, as --virtual-time-budget gives a page, but
// without starting a browser per page, which cost the tests most of their
// time on a busy machine.

// TestMain stops the shared browser and the recording server after the
// tests.
func TestMain(m *testing.M) {
	code := m.Run()
	shared.stop()
	if rec := poisonedRender.rec; rec != nil {
		rec.srv.Close()
	}
	os.Exit(code)
}

// shared is the browser the tests share.
var shared sharedBrowser

type sharedBrowser struct {
	once sync.Once
	b    *cdpBrowser
	err  error
}

// browser returns the shared browser, starting it on first use; the test
// is skipped, naming what to install, when there is no Chromium.
func browser(t *testing.T) *cdpBrowser {
	t.Helper()
	path := chromiumOrSkip(t)
	shared.once.Do(func() { shared.b, shared.err = startBrowser(path) })
	if shared.err != nil {
		t.Fatalf("starting %s: %v", path, shared.err)
	}
	return shared.b
}

func (s *sharedBrowser) stop() {
	if s.b != nil {
		s.b.close()
	}
}

// cdpBrowser is a Chromium driven through the DevTools protocol: messages
// are JSON, each ended by a NUL byte, written to its fd 3 and read from
// its fd 4.
type cdpBrowser struct {
	cmd     *exec.Cmd
	w       io.WriteCloser
	profile string

	mu      sync.Mutex
	next    int
	replies map[int]chan cdpMessage
	events  map[string]chan cdpMessage // by session
	dead    chan struct{}
	readErr error
}

type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// cdpTimeout bounds one command or the wait for a page: a guard against a
// browser that hangs, not a measure of speed.
const cdpTimeout = 2 * time.Minute

func startBrowser(path string) (*cdpBrowser, error) {
	profile, err := os.MkdirTemp("", "whitepaper-render-test-")
	if err != nil {
		return nil, err
	}
	toBrowser, ours, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	theirs, fromBrowser, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--user-data-dir="+profile, "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{toBrowser, fromBrowser} // its fd 3 and 4
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	toBrowser.Close()
	fromBrowser.Close()
	b := &cdpBrowser{cmd: cmd, w: ours, profile: profile, replies: map[int]chan cdpMessage{},
		events: map[string]chan cdpMessage{}, dead: make(chan struct{})}
	go b.read(theirs)
	if _, err := b.call("", "Target.setDiscoverTargets", map[string]any{"discover": false}); err != nil {
		b.close()
		return nil, err
	}
	return b, nil
}

// read delivers replies to their callers and events to their session.
func (b *cdpBrowser) read(r io.ReadCloser) {
	defer r.Close()
	br := bufio.NewReaderSize(r, 1<<20)
	var err error
	for {
		var msg []byte
		if msg, err = br.ReadBytes(0); err != nil {
			break
		}
		var m cdpMessage
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch, ok := b.replies[m.ID]; ok {
				ch <- m
				delete(b.replies, m.ID)
			}
		} else if ch, ok := b.events[m.SessionID]; ok {
			select {
			case ch <- m:
			default: // an event no one waits for
			}
		}
		b.mu.Unlock()
	}
	b.mu.Lock()
	b.readErr = err
	b.mu.Unlock()
	close(b.dead)
}

// call sends a command (to a session's page, or to the browser with
// session "") and returns its result.
func (b *cdpBrowser) call(session, method string, params any) (json.RawMessage, error) {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan cdpMessage, 1)
	b.replies[id] = ch
	if params == nil {
		params = map[string]any{}
	}
	msg := map[string]any{"id": id, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err == nil {
		_, err = b.w.Write(append(data, 0))
	}
	b.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return nil, fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		return m.Result, nil
	case <-b.dead:
		return nil, fmt.Errorf("%s: the browser ended: %v", method, b.readErr)
	case <-time.After(cdpTimeout):
		return nil, fmt.Errorf("%s: no reply", method)
	}
}

// tab is a page of the browser.
type tab struct {
	b       *cdpBrowser
	target  string
	session string
	events  chan cdpMessage
}

// open opens a tab whose window is width × height pixels.
func (b *cdpBrowser) open(width, height int) (*tab, error) {
	res, err := b.call("", "Target.createTarget", map[string]any{"url": "about:blank"})
	if err != nil {
		return nil, err
	}
	var created struct{ TargetID string }
	if err := json.Unmarshal(res, &created); err != nil {
		return nil, err
	}
	res, err = b.call("", "Target.attachToTarget", map[string]any{"targetId": created.TargetID, "flatten": true})
	if err != nil {
		return nil, err
	}
	var attached struct{ SessionID string }
	if err := json.Unmarshal(res, &attached); err != nil {
		return nil, err
	}
	tb := &tab{b: b, target: created.TargetID, session: attached.SessionID, events: make(chan cdpMessage, 4096)}
	b.mu.Lock()
	b.events[tb.session] = tb.events
	b.mu.Unlock()
	// As the one window of a browser would be: focused, so that
	// autofocus and focus handlers run.
	for _, c := range []struct {
		method string
		params map[string]any
	}{
		{"Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}},
		{"Emulation.setFocusEmulationEnabled", map[string]any{"enabled": true}},
	} {
		if _, err := tb.call(c.method, c.params); err != nil {
			tb.close()
			return nil, err
		}
	}
	return tb, nil
}

func (tb *tab) call(method string, params any) (json.RawMessage, error) {
	return tb.b.call(tb.session, method, params)
}

// load navigates to url, waits for its load event, then lets it run for
// budget milliseconds of virtual time (time that passes only when the
// page is idle, with no fetch pending), as --virtual-time-budget does.
func (tb *tab) load(url string, budget int) error {
	if _, err := tb.call("Page.enable", nil); err != nil {
		return err
	}
	res, err := tb.call("Page.navigate", map[string]any{"url": url})
	if err != nil {
		return err
	}
	var nav struct{ ErrorText string }
	if err := json.Unmarshal(res, &nav); err == nil && nav.ErrorText != "" {
		return fmt.Errorf("%s: %s", url, nav.ErrorText)
	}
	if err := tb.wait("Page.loadEventFired"); err != nil {
		return fmt.Errorf("%s: %w", url, err)
	}
	if _, err := tb.call("Emulation.setVirtualTimePolicy", map[string]any{"policy": "pauseIfNetworkFetchesPending", "budget": budget}); err != nil {
		return err
	}
	if err := tb.wait("Emulation.virtualTimeBudgetExpired"); err != nil {
		return fmt.Errorf("%s: %w", url, err)
	}
	return nil
}

// wait waits for an event of the tab.
func (tb *tab) wait(method string) error {
	timeout := time.After(cdpTimeout)
	for {
		select {
		case m := <-tb.events:
			if m.Method == method {
				return nil
			}
		case <-tb.b.dead:
			return errors.New("the browser ended")
		case <-timeout:
			return fmt.Errorf("no %s", method)
		}
	}
}

// dom is the page's DOM as --dump-dom prints it.
func (tb *tab) dom() (string, error) {
	return tb.eval("document.documentElement.outerHTML")
}

// eval evaluates a JavaScript expression whose value is a string.
func (tb *tab) eval(expr string) (string, error) {
	res, err := tb.call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true})
	if err != nil {
		return "", err
	}
	var r struct {
		Result struct {
			Value any
		}
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return "", err
	}
	if r.ExceptionDetails != nil {
		return "", fmt.Errorf("%s: %s %s", expr, r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	s, ok := r.Result.Value.(string)
	if !ok {
		return "", fmt.Errorf("%s: not a string: %v", expr, r.Result.Value)
	}
	return s, nil
}

// pdf prints the page as --print-to-pdf --no-pdf-header-footer does.
func (tb *tab) pdf() ([]byte, error) {
	res, err := tb.call("Page.printToPDF", map[string]any{"printBackground": true, "preferCSSPageSize": true,
		"displayHeaderFooter": false})
	if err != nil {
		return nil, err
	}
	var r struct{ Data string }
	if err := json.Unmarshal(res, &r); err != nil {
		return nil, err
	}
	data, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, fmt.Errorf("no PDF came back: %v", err)
	}
	return data, nil
}

func (tb *tab) close() {
	_, _ = tb.b.call("", "Target.closeTarget", map[string]any{"targetId": tb.target})
	tb.b.mu.Lock()
	delete(tb.b.events, tb.session)
	tb.b.mu.Unlock()
}

// page opens url in a new tab of a window width pixels wide, lets it run
// for budget milliseconds of virtual time and returns its DOM.
func (b *cdpBrowser) page(t *testing.T, url string, width, budget int) string {
	t.Helper()
	tb, err := b.open(width, 1000)
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	defer tb.close()
	if err := tb.load(url, budget); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	dom, err := tb.dom()
	if err != nil {
		t.Fatalf("reading the DOM of %s: %v", url, err)
	}
	return dom
}

func (b *cdpBrowser) close() {
	_, _ = b.call("", "Browser.close", nil)
	b.w.Close()
	done := make(chan struct{})
	go func() { _ = b.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = b.cmd.Process.Kill()
		<-done
	}
	_ = os.RemoveAll(b.profile)
}

// TestBrowserSeesScript checks the shared browser's harness: a page whose
// script runs on load, on an error and on focus (autofocus) shows it in
// the DOM after its virtual time, as the pages of the XSS tests would.
func TestBrowserSeesScript(t *testing.T) {
	b := browser(t)
	file := t.TempDir() + "/canary.html"
	page := `<!doctype html><html><body>
<img src="nowhere.png" onerror="document.documentElement.setAttribute('data-error','1')">
<input autofocus onfocus="document.documentElement.setAttribute('data-focus','1')">
<script>setTimeout(function(){document.documentElement.setAttribute('data-timer','1')}, 1000)</script>
</body></html>`
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := b.page(t, "file://"+file, 800, 3000)
	for _, attr := range []string{"data-error", "data-focus", "data-timer"} {
		if !bytes.Contains([]byte(dom), []byte(attr)) {
			t.Errorf("%s: the script did not run: %.200s", attr, dom)
		}
	}
}
