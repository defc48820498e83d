(() => {
	const r = document.documentElement.dataset;
	const t = r.snippetTargets.split(' ');
	r.snippet = t[0];
	try {
		const s = localStorage.getItem(r.snippetStore);
		if (t.includes(s)) r.snippet = s;
		const c = localStorage.getItem(r.themeStore);
		if (c === 'light' || c === 'dark') r.theme = c;
	} catch {}
})();
