package main

import (
	"fmt"
	"strings"
)

// unifiedDiff returns the differences from a to b as a unified diff with
// three lines of context, as "diff -u" prints them, or "" when they are
// equal. It finds a shortest edit script with Myers' algorithm.
func unifiedDiff(name string, a, b []byte) string {
	x, y := splitLines(string(a)), splitLines(string(b))
	ops := editScript(x, y)
	if ops == nil {
		return ""
	}
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s (canonical)\n", name, name)
	const context = 3
	// Group the edits into hunks with their context.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = run
		}
		ax, ay := ops[start].ax, ops[start].by
		var na, nb int
		var body strings.Builder
		for _, op := range ops[start:end] {
			body.WriteString(string(op.kind) + op.line)
			if !strings.HasSuffix(op.line, "\n") {
				body.WriteString("\n\\ No newline at end of file\n")
			}
			if op.kind != '+' {
				na++
			}
			if op.kind != '-' {
				nb++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(ax, na), hunkRange(ay, nb))
		out.WriteString(body.String())
		i = end
	}
	return out.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// op is one line of an edit script: kept (' '), deleted ('-') or
// inserted ('+'), with the index of the next line of each side before it.
type op struct {
	kind   byte
	line   string
	ax, by int
}

// maxEdits bounds the work of editScript: beyond this many edits it
// gives a script that is correct but not the shortest.
const maxEdits = 1000

// editScript returns an edit script from x to y, the shortest when there
// are at most maxEdits edits, or nil when they are equal.
func editScript(x, y []string) []op {
	// Common lines at both ends need no search.
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	if pre == len(x) && pre == len(y) {
		return nil
	}
	mid := myers(x[pre:len(x)-suf], y[pre:len(y)-suf])
	if mid == nil {
		for i := pre; i < len(x)-suf; i++ {
			mid = append(mid, op{'-', x[i], i - pre, 0})
		}
		for j := pre; j < len(y)-suf; j++ {
			mid = append(mid, op{'+', y[j], len(x) - suf - pre, j - pre})
		}
	}
	var ops []op
	for i := range pre {
		ops = append(ops, op{' ', x[i], i, i})
	}
	for _, o := range mid {
		ops = append(ops, op{o.kind, o.line, o.ax + pre, o.by + pre})
	}
	for k := range suf {
		i, j := len(x)-suf+k, len(y)-suf+k
		ops = append(ops, op{' ', x[i], i, j})
	}
	return ops
}

// myers returns a shortest edit script from x to y, or nil when it has
// more than maxEdits edits.
func myers(x, y []string) []op {
	n, m := len(x), len(y)
	maxD := n + m
	v := make([]int, 2*maxD+2)
	limit := min(maxD, maxEdits)
	var trace [][]int
	found := false
	for d := 0; d <= limit && !found; d++ {
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || (k != d && v[maxD+k-1] < v[maxD+k+1]) {
				i = v[maxD+k+1]
			} else {
				i = v[maxD+k-1] + 1
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i, j = i+1, j+1
			}
			v[maxD+k] = i
			if i >= n && j >= m {
				found = true
				break
			}
		}
		trace = append(trace, append([]int(nil), v...))
	}
	if !found {
		return nil
	}
	// Walk back through the trace.
	var rev []op
	i, j := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		vd := trace[d]
		k := i - j
		var prevK int
		if d == 0 {
			prevK = k
		} else if k == -d || (k != d && vd[maxD+k-1] < vd[maxD+k+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevI := 0
		if d > 0 {
			prevI = trace[d-1][maxD+prevK]
		}
		prevJ := prevI - prevK
		for i > prevI && j > prevJ && i > 0 && j > 0 && x[i-1] == y[j-1] {
			i, j = i-1, j-1
			rev = append(rev, op{' ', x[i], i, j})
		}
		if d == 0 {
			break
		}
		if i > prevI {
			i--
			rev = append(rev, op{'-', x[i], i, j})
		} else if j > prevJ {
			j--
			rev = append(rev, op{'+', y[j], i, j})
		}
	}
	for i > 0 && j > 0 {
		i, j = i-1, j-1
		rev = append(rev, op{' ', x[i], i, j})
	}
	ops := make([]op, len(rev))
	for k := range rev {
		ops[k] = rev[len(rev)-1-k]
	}
	return ops
}
