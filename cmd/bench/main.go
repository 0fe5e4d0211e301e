// Command bench measures the annotator's speed and size the way a user
// feels them and prints one table, each budget met or missed (make bench).
//
// It measures:
//   - what the page downloads, raw and gzipped;
//   - the core's Go benchmarks natively (the whole pipeline and each stage,
//     on the seed article and on about 1 and 2 MB of news text), and the
//     renderer's and the worker codec's;
//   - the same core compiled to WebAssembly under Node, whose engine (V8)
//     is Chromium's;
//   - the page in headless Chromium: download and start of the WebAssembly,
//     time until the page is usable, annotate-and-render for the seed
//     article and for 1 and 2 MB pasted with Ctrl+V, the longest freeze of
//     the page meanwhile, and its memory after the 1 MB run.
//
// The seed article and the news text are read at run time from the shared
// data (../shared/data, or $ANNOTATOR_DATA); nothing of them is committed.
//
// Usage:
//
//	bench [-quick] [-no-go] [-no-node] [-no-big] [-no-2mb]
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	chromium "github.com/newsroom-tools/annotator/internal/browser"
	"github.com/newsroom-tools/annotator/internal/dataset"
)

var (
	quick  = flag.Bool("quick", false, "fewer repetitions: a rough table in a few minutes")
	noNode = flag.Bool("no-node", false, "skip the WebAssembly benchmarks under Node")
	noGo   = flag.Bool("no-go", false, "skip the native Go benchmarks")
	noBig  = flag.Bool("no-big", false, "skip the 1 and 2 MB texts in Chromium")
	no2MB  = flag.Bool("no-2mb", false, "skip the 2 MB text in Chromium")
)

// A row is one line of the table.
type row struct {
	section, what, value, budget, verdict string
}

var rows []row

func add(section, what, value string) {
	rows = append(rows, row{section: section, what: what, value: value})
}

// judge adds a row with a budget: ok says whether it is met.
func judge(section, what, value, budget string, ok bool) {
	v := "met"
	if !ok {
		v = "MISSED"
	}
	rows = append(rows, row{section, what, value, budget, v})
}

func main() {
	flag.Parse()
	log := func(format string, args ...any) { fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...) }
	root, err := chromium.ModuleRoot()
	check(err)
	if _, err := dataset.Path("seed", "lavrov-2013-09-16.txt"); err != nil {
		check(fmt.Errorf("%v (the benchmarks need the shared data)", err))
	}
	machine := describeMachine()

	log("building the page")
	dir, err := os.MkdirTemp("", "annotator-bench-")
	check(err)
	defer os.RemoveAll(dir)
	check(chromium.BuildSite(root, dir))
	sizes(dir)

	if !*noGo {
		log("Go benchmarks, native")
		goBenchmarks(root)
	}
	if !*noNode {
		log("Go benchmarks, WebAssembly under Node")
		nodeBenchmarks(root)
	}
	log("the page in headless Chromium")
	chromiumBenchmarks(dir)

	printTable(machine)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// describeMachine says what the numbers were measured on.
func describeMachine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "model name") {
				cpu = strings.TrimSpace(strings.SplitN(line, ":", 2)[1])
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		f := strings.Fields(string(b))
		if len(f) > 1 {
			kb, _ := strconv.Atoi(f[1])
			mem = fmt.Sprintf(", %.0f GiB", float64(kb)/(1<<20))
		}
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = ", load average " + strings.Join(strings.Fields(string(b))[:3], " ")
	}
	chrome := "Chromium"
	if p, err := chromium.ExecPath(); err == nil {
		if out, err := exec.Command(p, "--version").Output(); err == nil {
			chrome = strings.TrimSpace(string(out))
		}
	}
	node := "no Node"
	if out, err := exec.Command("node", "--version").Output(); err == nil {
		node = "Node " + strings.TrimSpace(string(out))
	}
	return fmt.Sprintf("%s, %d cores%s, %s/%s%s; %s; %s; %s", cpu, runtime.NumCPU(), mem, runtime.GOOS, runtime.GOARCH, load, runtime.Version(), chrome, node)
}

// budgetDownload is the most the page may download, gzipped (1.5 MB).
const budgetDownload = 1_500_000

// sizes measures every file the page downloads.
func sizes(dir string) {
	total := 0
	for _, f := range append([]string{"annotator.wasm"}, chromium.SiteFiles...) {
		raw, err := os.ReadFile(filepath.Join(dir, f))
		check(err)
		var z bytes.Buffer
		w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		w.Write(raw)
		w.Close()
		total += z.Len()
		add("Size", f, fmt.Sprintf("%s raw, %s gzipped", kb(len(raw)), kb(z.Len())))
	}
	judge("Size", "everything the page downloads, gzipped", kb(total), "≤ 1,500 KB", total <= budgetDownload)
	add("Size", "room left for the NER model", kb(budgetDownload-total))
}

func kb(n int) string { return thousands(int(float64(n)/1000+0.5)) + " KB" }

func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(-\d+)?\s+(\d+)\s+([\d.]+) ns/op`)

// runBench runs go test -bench and returns ns/op by benchmark name.
func runBench(root string, env []string, args ...string) map[string]float64 {
	cmd := exec.Command("go", append([]string{"test", "-run", "^$", "-timeout", "60m"}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		check(fmt.Errorf("go test %s: %v\n%s", strings.Join(args, " "), err, out.String()))
	}
	res := map[string]float64{}
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		if m := benchLine.FindStringSubmatch(sc.Text()); m != nil {
			ns, _ := strconv.ParseFloat(m[4], 64)
			res[m[1]] = ns
		}
	}
	return res
}

func dur(ns float64) string {
	d := time.Duration(ns)
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.0f µs", ns/1e3)
	case d < 10*time.Second:
		return fmt.Sprintf("%.1f ms", ns/1e6)
	}
	return fmt.Sprintf("%.1f s", ns/1e9)
}

var stages = []string{"tokenize", "paragraphs", "sentences", "published", "dates", "words", "entities", "quotes", "segments"}

func goBenchmarks(root string) {
	small, large := "2s", "3x"
	if *quick {
		small, large = "300ms", "1x"
	}
	seed := runBench(root, nil, "-bench", `AnnotateSeed$|Stages/seed`, "-benchtime", small, "./internal/annotate")
	mb := runBench(root, nil, "-bench", `Annotate1MB$|Annotate2MB$|Stages/1MB`, "-benchtime", large, "./internal/annotate")
	other := runBench(root, nil, "-bench", `^(BenchmarkView|BenchmarkWire)$`, "-benchtime", large, "./internal/render", "./internal/page")
	const s = "Native Go"
	judge(s, "Annotate, seed article (5 KB)", dur(seed["BenchmarkAnnotateSeed"]), "≤ 1 ms", seed["BenchmarkAnnotateSeed"] <= 1e6)
	for _, st := range stages {
		add(s, "  stage "+st+", seed", dur(seed["BenchmarkStages/seed/"+st]))
	}
	add(s, "Annotate, 1 MB of news", dur(mb["BenchmarkAnnotate1MB"]))
	for _, st := range stages {
		add(s, "  stage "+st+", 1 MB", dur(mb["BenchmarkStages/1MB/"+st]))
	}
	add(s, "Annotate, 2 MB of news", dur(mb["BenchmarkAnnotate2MB"]))
	if one, two := mb["BenchmarkAnnotate1MB"], mb["BenchmarkAnnotate2MB"]; one > 0 {
		judge(s, "growth, 2 MB vs 1 MB (native)", fmt.Sprintf("%.2f×", two/one), "≤ 2.2×", two/one <= 2.2)
	}
	add(s, "page view markup (render.NewView), seed / 1 MB", dur(other["BenchmarkView/seed"])+" / "+dur(other["BenchmarkView/1MB"]))
	add(s, "worker → page codec, 1 MB: encode / decode", dur(other["BenchmarkWire/1MB/encode"])+" / "+dur(other["BenchmarkWire/1MB/decode"]))
}

func nodeBenchmarks(root string) {
	exec := filepath.Join(goroot(), "lib", "wasm", "go_js_wasm_exec")
	env := []string{"GOOS=js", "GOARCH=wasm"}
	n := "100x"
	if *quick {
		n = "20x"
	}
	seed := runBench(root, env, "-exec", exec, "-bench", `AnnotateSeed$|Stages/seed`, "-benchtime", n, "./internal/annotate")
	mb := runBench(root, env, "-exec", exec, "-bench", `^BenchmarkAnnotate1MB$`, "-benchtime", "1x", "./internal/annotate")
	const s = "WebAssembly in Node (V8)"
	add(s, "Annotate, seed article", dur(seed["BenchmarkAnnotateSeed"]))
	for _, st := range stages {
		add(s, "  stage "+st+", seed", dur(seed["BenchmarkStages/seed/"+st]))
	}
	add(s, "Annotate, 1 MB of news (one run)", dur(mb["BenchmarkAnnotate1MB"]))
}

func goroot() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	check(err)
	return strings.TrimSpace(string(out))
}

// chromiumBenchmarks drives the built page.
func chromiumBenchmarks(dir string) {
	srv, err := chromium.Serve(dir, "/annotator/")
	check(err)
	defer srv.Close()
	const s = "Chromium (headless)"

	// start-up, each time in a fresh browser: nothing cached
	loads := 3
	if *quick {
		loads = 1
	}
	var download, compile, usable, worker []float64
	for i := 0; i < loads; i++ {
		st := coldLoad(srv, nil)
		download = append(download, st.download)
		compile = append(compile, st.compile)
		usable = append(usable, st.usable)
		worker = append(worker, st.worker)
	}
	add(s, "WebAssembly download (loopback), median of "+strconv.Itoa(loads), ms(median(download)))
	add(s, "WebAssembly compile and instantiate", ms(median(compile)))
	add(s, "navigation → page usable (first visit)", ms(median(usable)))
	add(s, "navigation → worker started and warmed up (first annotation at full speed)", ms(median(worker)))
	// 10 Mbit/s with 40 ms latency: a middling home connection
	slow := coldLoad(srv, &network.Conditions{Latency: 40, DownloadThroughput: 10e6 / 8, UploadThroughput: -1})
	add(s, "navigation → page usable, 10 Mbit/s and 40 ms latency", ms(slow.usable))

	ctx, cancel, err := chromium.New(context.Background())
	check(err)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Minute)
	defer cancelTimeout()
	page := &pageBench{ctx: ctx, srv: srv}
	page.open()

	seedText, err := os.ReadFile(mustPath("seed", "lavrov-2013-09-16.txt"))
	check(err)
	first := page.paste(string(seedText))
	add(s, "seed article: first paste once warmed up, input → result on the page", ms(first.felt))
	var felt, painted []float64
	n := 9
	if *quick {
		n = 3
	}
	for i := 0; i < n; i++ {
		r := page.paste(string(seedText))
		felt = append(felt, r.felt)
		painted = append(painted, r.painted)
	}
	judge(s, fmt.Sprintf("seed article: annotate + render, input → result on the page, median of %d (fastest)", n),
		ms(median(felt))+" ("+ms(minimum(felt))+")", "≤ 15 ms", median(felt) <= 15)
	add(s, "seed article: input → next frame painted, median", ms(median(painted)))
	add(s, "  of which annotate (worker) / view markup (worker) / attach (page)", fmt.Sprintf("%s / %s / %s", ms(page.last.annotate), ms(page.last.view), ms(page.last.attach)))

	if *noBig {
		return
	}
	one, err := chromium.NewsText(1 << 20)
	check(err)
	two, err := chromium.NewsText(2 << 20)
	check(err)
	r1 := page.paste(one)
	add(s, fmt.Sprintf("1 MB (%s bytes): Ctrl+V → input event (the browser filling the text box)", thousands(len(one))), ms(r1.pasteCost))
	judge(s, "1 MB: annotate + render, input → result on the page", ms(r1.felt), "≤ 1,000 ms", r1.felt <= 1000)
	add(s, "  of which annotate (worker) / view markup (worker) / attach (page)", fmt.Sprintf("%s / %s / %s", ms(r1.annotate), ms(r1.view), ms(r1.attach)))
	judge(s, "1 MB: longest main-thread task while annotating and showing", ms(r1.longest), "≤ 200 ms (responsive)", r1.longest <= 200)
	m := page.memory()
	judge(s, "1 MB: memory after the run (page's JS heap + DOM + WebAssembly memory, worker's WebAssembly memory)",
		fmt.Sprintf("%.0f MB (JS %.0f, DOM %.0f, page WebAssembly %.0f, worker %.0f)", m.total()/1e6, m.js/1e6, m.dom/1e6, m.page/1e6, m.worker/1e6),
		"≤ 200 MB", m.total() <= 200e6)
	add(s, "1 MB: renderer processes' resident memory", fmt.Sprintf("%.0f MB", page.rendererRSS()/1e6))
	if *no2MB {
		return
	}
	r2 := page.paste(two)
	add(s, fmt.Sprintf("2 MB (%s bytes): annotate + render, input → result on the page", thousands(len(two))), ms(r2.felt))
	add(s, "  of which annotate (worker) / view markup (worker) / attach (page)", fmt.Sprintf("%s / %s / %s", ms(r2.annotate), ms(r2.view), ms(r2.attach)))
	add(s, "2 MB: longest main-thread task", ms(r2.longest))
	if r1.felt > 0 {
		judge(s, "growth, 2 MB vs 1 MB (input → result on the page)", fmt.Sprintf("%.2f×", r2.felt/r1.felt), "≤ 2.2×", r2.felt/r1.felt <= 2.2)
	}
}

func mustPath(elem ...string) string {
	p, err := dataset.Path(elem...)
	check(err)
	return p
}

func ms(v float64) string {
	if v >= 10_000 {
		return fmt.Sprintf("%.1f s", v/1000)
	}
	return fmt.Sprintf("%.1f ms", v)
}

func minimum(v []float64) float64 {
	m := 0.0
	for i, x := range v {
		if i == 0 || x < m {
			m = x
		}
	}
	return m
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

type loadTimes struct{ download, compile, usable, worker float64 }

// coldLoad opens the page in a fresh browser, under the given network
// conditions, and reads its own timings.
func coldLoad(srv *chromium.Server, cond *network.Conditions) loadTimes {
	ctx, cancel, err := chromium.New(context.Background())
	check(err)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 5*time.Minute)
	defer cancelTimeout()
	if cond != nil {
		_, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: []*network.Conditions{cond}})
		check(err)
	}
	check(chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.warm !== undefined`, chromedp.WithPollingTimeout(3*time.Minute)))
	check(err)
	v, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]float64](`(() => {
	  const t = window.annotatorTimings, w = performance.getEntriesByName(new URL("annotator.wasm", location).href)[0];
	  const ready = performance.getEntriesByName("annotator:warm")[0];
	  return {download: w ? w.responseEnd - w.startTime : 0, compile: t.instantiated - (w ? w.responseEnd : t.start),
	          usable: t.ready, worker: ready ? ready.startTime : 0} })()`))
	check(err)
	return loadTimes{v["download"], v["compile"], v["usable"], v["worker"]}
}

// pageBench drives one open page through pastes.
type pageBench struct {
	ctx  context.Context
	srv  *chromium.Server
	last runTimes
}

// runTimes are the timings of one paste: felt is from the input event to
// the result being in the page (article and panels attached), painted to
// the frame after that.
type runTimes struct {
	pasteCost, felt, painted, run, annotate, view, attach, longest float64
}

func (p *pageBench) open() {
	check(chromedp.Do(p.ctx, chromedp.Navigate(p.srv.URL)))
	_, err := chromedp.Run(p.ctx, chromedp.Poll[bool](`document.body.dataset.warm !== undefined`, chromedp.WithPollingTimeout(3*time.Minute)))
	check(err)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.Call(p.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: p.srv.Origin})
		check(err)
	}
	_, err = chromedp.Call(p.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
	check(err)
	// timings: the paste and input events, the moment the result is painted
	// (two animation frames after the page counts the run) and long tasks
	_, err = chromedp.Run(p.ctx, chromedp.Evaluate[bool](`(() => {
	  const text = document.getElementById("text");
	  window.bench = {tasks: []};
	  text.addEventListener("paste", e => { bench.paste = performance.now() }, true);
	  text.addEventListener("input", e => { bench.input = performance.now() }, true);
	  new MutationObserver(() => requestAnimationFrame(() => requestAnimationFrame(() => { bench.painted = performance.now() })))
	    .observe(document.body, {attributes: true, attributeFilter: ["data-runs"]});
	  new PerformanceObserver(l => { for (const e of l.getEntries()) bench.tasks.push([e.startTime, e.duration]) }).observe({type: "longtask"});
	  return true })()`))
	check(err)
}

// paste replaces the text with text by Ctrl+V and waits until the result
// is painted.
func (p *pageBench) paste(text string) runTimes {
	ctx := p.ctx
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.state !== "busy" && document.body.dataset.worker === "ready"`, chromedp.WithPollingTimeout(30*time.Minute)))
	check(err)
	lit, _ := json.Marshal(text)
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.clipboard.writeText(`+string(lit)+`).then(() => {
	  const t = document.getElementById("text"); t.focus(); t.select();
	  bench.runs = Number(document.body.dataset.runs || 0); bench.painted = 0; bench.tasks = []; return true })`, chromedp.EvalAwaitPromise))
	check(err)
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
		k := input.DispatchKeyEventParams{Type: typ, Modifiers: 2, Key: "v", Code: "KeyV", WindowsVirtualKeyCode: 86}
		if typ == input.DispatchKeyEventTypeKeyDown {
			k.Commands = []string{"paste"}
		}
		_, err := chromedp.Call(ctx, input.DispatchKeyEvent, k)
		check(err)
	}
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`Number(document.body.dataset.runs) > bench.runs && bench.painted > 0`, chromedp.WithPollingTimeout(30*time.Minute)))
	check(err)
	v, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]float64](`(() => { const d = document.body.dataset;
	  const at = name => { const e = performance.getEntriesByName("annotator:" + name); return e.length ? e[e.length - 1].startTime : 0 };
	  return {dom: at("article") - bench.input, toRun: at("run") - bench.input, toReceived: at("received") - at("run"), toShown: at("article") - at("received"), toParsed: at("parsed") - at("received"), toPaint: bench.painted - at("article"),
	    paste: bench.input - bench.paste, felt: bench.painted - bench.input, run: Number(d.runMs), annotate: Number(d.annotateMs),
	    render: Number(d.renderMs), attach: Number(d.attachMs),
	    longest: Math.max(0, ...bench.tasks.filter(([s, l]) => s + l > bench.input).map(([s, l]) => s + l - Math.max(s, bench.input)))} })()`))
	check(err)
	if len(text) > 100_000 {
		tasks, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const at = name => { const e = performance.getEntriesByName("annotator:" + name); return e.length ? e[e.length - 1].startTime : 0 };
		  return ["run", "posted", "received", "decoded", "show", "panels", "parsed", "article"].map(n => n + "@" + Math.round(at(n) - bench.input)).join(" ") + " | tasks " +
		    bench.tasks.filter(([s, l]) => s + l > bench.input).map(([s, l]) => Math.round(s - bench.input) + "+" + Math.round(l)).join(" ") })()`))
		fmt.Fprintln(os.Stderr, "bench:", tasks)
	}
	fmt.Fprintf(os.Stderr, "bench: %d bytes: input → run %.1f, → result received %.1f, → shown %.1f (parsed %.1f), → painted %.1f ms\n", len(text), v["toRun"], v["toReceived"], v["toShown"], v["toParsed"], v["toPaint"])
	r := runTimes{pasteCost: v["paste"], felt: v["dom"], painted: v["felt"], run: v["run"], annotate: v["annotate"], view: v["render"] - v["attach"], attach: v["attach"], longest: v["longest"]}
	p.last = r
	return r
}

type memoryUse struct{ js, dom, page, worker float64 }

func (m memoryUse) total() float64 { return m.js + m.dom + m.page + m.worker }

// memory is the page's memory after a garbage collection.
func (p *pageBench) memory() memoryUse {
	_, err := chromedp.Call(p.ctx, heapprofiler.CollectGarbage, struct{}{})
	check(err)
	h, err := chromedp.Call(p.ctx, cdpruntime.GetHeapUsage, struct{}{})
	check(err)
	w, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]float64](`[Number(document.body.dataset.workerMemory || 0), annotatorInstance.exports.mem.buffer.byteLength]`))
	check(err)
	return memoryUse{js: h.UsedSize, dom: h.EmbedderHeapUsedSize, page: w[1], worker: w[0]}
}

// rendererRSS sums the resident memory of the browser's renderer processes.
func (p *pageBench) rendererRSS() float64 {
	c := chromedp.FromContext(p.ctx)
	if c == nil || c.Browser == nil || c.Browser.Process() == nil {
		return 0
	}
	browserPID := c.Browser.Process().Pid
	total := 0.0
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		cmdline, err := os.ReadFile(filepath.Join(d, "cmdline"))
		if err != nil || !bytes.Contains(cmdline, []byte("--type=renderer")) || !descends(d, browserPID) {
			continue
		}
		status, err := os.ReadFile(filepath.Join(d, "status"))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(status), "\n") {
			if strings.HasPrefix(line, "VmRSS:") {
				kbs, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
				total += kbs * 1024
			}
		}
	}
	return total
}

// descends reports whether the process at /proc/<pid> descends from ancestor.
func descends(dir string, ancestor int) bool {
	for i := 0; i < 10; i++ {
		b, err := os.ReadFile(filepath.Join(dir, "stat"))
		if err != nil {
			return false
		}
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) < 2 {
			return false
		}
		ppid, _ := strconv.Atoi(f[1])
		if ppid == ancestor {
			return true
		}
		if ppid <= 1 {
			return false
		}
		dir = filepath.Join("/proc", strconv.Itoa(ppid))
	}
	return false
}

func printTable(machine string) {
	fmt.Printf("Measured %s on %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"), machine)
	width := [3]int{}
	for _, r := range rows {
		width[0] = max(width[0], len([]rune(r.what)))
		width[1] = max(width[1], len([]rune(r.value)))
		width[2] = max(width[2], len([]rune(r.budget)))
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) }
	section := ""
	fmt.Printf("| %s | %s | %s | %s |\n", pad("measure", width[0]), pad("value", width[1]), pad("budget", width[2]), "verdict")
	fmt.Printf("|%s|%s|%s|%s|\n", strings.Repeat("-", width[0]+2), strings.Repeat("-", width[1]+2), strings.Repeat("-", width[2]+2), "---------")
	for _, r := range rows {
		if r.section != section {
			section = r.section
			fmt.Printf("| %s | %s | %s | %s |\n", pad("**"+section+"**", width[0]), pad("", width[1]), pad("", width[2]), "")
		}
		fmt.Printf("| %s | %s | %s | %s |\n", pad(r.what, width[0]), pad(r.value, width[1]), pad(r.budget, width[2]), r.verdict)
	}
}
