// Keyboard shortcuts for people who work a desk all shift long:
// - an element with data-key="n" is clicked when n is pressed outside a text field;
// - an element with data-focus-key="/" gets the focus when / is pressed outside a text field;
// - Escape in a text field leaves it, so the shortcuts work again.
document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const inField = target.closest && target.closest('input, textarea, select, [contenteditable]');
    if (inField) {
        if (event.key === 'Escape') target.blur();
        return;
    }
    // the key as typed, else the Latin letter or digit of the same key: Q works on a Ukrainian layout too
    const code = event.code || '';
    // (not with Shift: Shift+7 types "?" or "&", not an outcome)
    const latin = event.shiftKey ? null
        : code.startsWith('Key') ? code.slice(3).toLowerCase() : code.startsWith('Digit') ? code.slice(5) : null;
    const field = document.querySelector(`[data-focus-key="${CSS.escape(event.key)}"]`)
        || (latin && document.querySelector(`[data-focus-key="${CSS.escape(latin)}"]`));
    if (field) {
        event.preventDefault();
        field.focus();
        return;
    }
    const button = document.querySelector(`[data-key="${CSS.escape(event.key)}"]`)
        || (latin && document.querySelector(`[data-key="${CSS.escape(latin)}"]`));
    if (button) {
        event.preventDefault();
        button.click();
    }
});

// The deals board: a card dropped on another column submits its own "move" form with that stage, so
// dragging does exactly what choosing the stage from the card's list does (and works without a mouse).
document.addEventListener('dragstart', (event) => {
    const card = event.target.closest && event.target.closest('.deal-card');
    if (card) {
        event.dataTransfer.setData('text/plain', card.id);
        event.dataTransfer.effectAllowed = 'move';
    }
});
document.addEventListener('dragover', (event) => {
    if (event.target.closest && event.target.closest('.board .column')) event.preventDefault();
});
document.addEventListener('drop', (event) => {
    const column = event.target.closest && event.target.closest('.board .column');
    if (!column) return;
    event.preventDefault();
    const card = document.getElementById(event.dataTransfer.getData('text/plain'));
    if (!card || card.closest('.column') === column) return;
    const form = card.querySelector('form.move');
    form.querySelector('select[name="stage"]').value = column.dataset.stage;
    form.requestSubmit();
});

// Charts: a <canvas data-chart="bar" data-labels='[…]' data-values='[…]' data-label="…"> is drawn with
// Chart.js once the page (or an htmx swap) has it; data-datasets='[{"label":…,"data":[…]}, …]' draws several
// series instead (a line per series for data-chart="line"). Numbers are written as the page's language writes
// them (140 000 in Ukrainian). The canvas is marked drawn so it is drawn once.
const CHART_COLOURS = ['#2f6fdd', '#e0782f', '#2f9e5b', '#b23ad0', '#d03a4f', '#7a8699'];
function drawCharts() {
    if (typeof Chart === 'undefined') return;
    document.querySelectorAll('canvas[data-chart]:not([data-drawn])').forEach((canvas) => {
        canvas.dataset.drawn = 'true';
        const several = canvas.dataset.datasets ? JSON.parse(canvas.dataset.datasets) : null;
        const datasets = several
            ? several.map((set, i) => ({ label: set.label, data: set.data, borderColor: CHART_COLOURS[i % CHART_COLOURS.length],
                backgroundColor: CHART_COLOURS[i % CHART_COLOURS.length], tension: 0.2 }))
            : [{ label: canvas.dataset.label, data: JSON.parse(canvas.dataset.values), backgroundColor: '#2f6fdd' }];
        const horizontal = canvas.dataset.horizontal === 'true';
        const valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
        if (canvas.dataset.scale === 'log') { valueAxis.type = 'logarithmic'; delete valueAxis.beginAtZero; }
        const locale = document.documentElement.lang || 'uk';
        new Chart(canvas, {
            type: canvas.dataset.chart,
            data: { labels: JSON.parse(canvas.dataset.labels), datasets },
            options: { animation: false, locale, maintainAspectRatio: !canvas.parentElement.classList.contains('chart-card'), indexAxis: horizontal ? 'y' : 'x',
                plugins: { legend: { display: several !== null } },
                scales: horizontal ? { x: valueAxis } : { y: valueAxis },
                layout: { padding: { right: horizontal ? 48 : 0 } } },
            plugins: horizontal ? [valueLabels(locale)] : []
        });
    });
}
// A horizontal bar chart writes each bar's count at its end, so the smallest step reads as well as the largest.
function valueLabels(locale) {
    return { id: 'valueLabels', afterDatasetsDraw(chart) {
        const ctx = chart.ctx;
        ctx.save();
        ctx.fillStyle = '#1d2430';
        ctx.font = '600 12px system-ui, sans-serif';
        ctx.textBaseline = 'middle';
        chart.getDatasetMeta(0).data.forEach((bar, i) => {
            const value = chart.data.datasets[0].data[i];
            ctx.fillText(Number(value).toLocaleString(locale), bar.x + 6, bar.y);
        });
        ctx.restore();
    } };
}
window.addEventListener('load', drawCharts);
document.addEventListener('htmx:afterSettle', drawCharts);

// The screen pop: an employee's pages listen for the calls routed to them and show each caller's card in
// the corner (the card is an htmx fragment, fetched with the user's own session and language). One stream
// lives across boosted navigation; a card once closed does not come back in this tab.
(function listenForCalls() {
    const pop = () => document.getElementById('screen-pop');
    if (!pop() || typeof EventSource === 'undefined') return;
    const closed = new Set(JSON.parse(sessionStorage.getItem('relay.closed-calls') || '[]'));
    const stream = new EventSource(pop().dataset.stream);
    stream.addEventListener('call', (event) => {
        const call = event.data;
        const target = pop();
        if (!target || closed.has(call) || document.getElementById('call-' + call)) return;
        fetch(target.dataset.cards + encodeURIComponent(call), { headers: { 'HX-Request': 'true' } })
            .then((response) => response.ok ? response.text() : '')
            .then((html) => {
                if (!html || document.getElementById('call-' + call)) return;
                pop().insertAdjacentHTML('afterbegin', html);
                if (typeof htmx !== 'undefined') htmx.process(document.getElementById('call-' + call));
            });
    });
    document.addEventListener('click', (event) => {
        const button = event.target.closest && event.target.closest('[data-dismiss-card]');
        if (!button) return;
        const card = button.closest('.caller-card');
        closed.add(card.dataset.call);
        sessionStorage.setItem('relay.closed-calls', JSON.stringify([...closed].slice(-50)));
        card.remove();
    });
})();

// Click-to-call: where Relay has a PBX, a phone number clicked in a page asks the PBX to ring the
// employee's extension and dial it; the answer (or, without a PBX, the tel: link to use instead) shows at
// the top of the page. Without a PBX configured the links are plain tel: links.
document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.phone[data-dial]');
    const status = document.getElementById('dial-status');
    if (!link || !status || !status.dataset.dial) return;
    event.preventDefault();
    const csrf = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' };
    if (csrf && header) headers[header.content] = csrf.content;
    fetch(status.dataset.dial, { method: 'POST', headers, body: 'number=' + encodeURIComponent(link.dataset.dial) })
        .then((response) => response.ok ? response.text() : Promise.reject(response.status))
        .then((html) => { status.innerHTML = html; })
        .catch(() => { window.location.href = link.href; });
});

// Failures are never silent. Relay's own error answers (marked data-relay-error: the error page in the
// layout, or an alert the server sends to the page's alert area) are shown as they come; any other failed
// answer, a cut connection or a timeout shows a message in the page's alert area.
function showAlert(text) {
    const alerts = document.getElementById('alerts');
    if (!alerts) return;
    const alert = document.createElement('div');
    alert.className = 'flash problem';
    alert.setAttribute('role', 'alert');
    alert.textContent = text;
    alerts.replaceChildren(alert);
    alert.scrollIntoView({ block: 'nearest' });
}
document.addEventListener('htmx:beforeSwap', (event) => {
    const xhr = event.detail.xhr;
    if (xhr.status < 400) return;
    if ((xhr.responseText || '').includes('data-relay-error')) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
        return;
    }
    event.detail.shouldSwap = false;
    const body = document.body.dataset;
    showAlert(body['status-' + xhr.status] || body.failed);
});
document.addEventListener('htmx:sendError', () => showAlert(document.body.dataset.offline));
document.addEventListener('htmx:timeout', () => showAlert(document.body.dataset.offline));
document.addEventListener('click', (event) => {
    if (event.target.closest && event.target.closest('[data-back]')) history.back();
});

// A refused form comes back to its page with #form-problem: the reasons go next to their fields in the
// form that was sent (found by its action), what was typed is filled in again, and the focus goes to the
// first field to correct. Where the form is not on the page, the message stays at the top.
function showFormProblem() {
    const problem = document.getElementById('form-problem');
    if (!problem || problem.dataset.shown) return;
    problem.dataset.shown = 'true';
    const form = [...document.querySelectorAll('form[action]')]
        .find((f) => new URL(f.getAttribute('action'), location.href).pathname === problem.dataset.path); // not f.action: a field may be named "action"
    if (!form) return;
    for (let closed = form.closest('details'); closed; closed = closed.parentElement && closed.parentElement.closest('details')) {
        closed.open = true; // a form folded away (a reminder's result, a payment's cancellation) opens again
    }
    problem.querySelectorAll('input[data-value]').forEach((kept) => {
        const field = form.elements.namedItem(kept.dataset.value);
        if (!field || field instanceof RadioNodeList || field.type === 'hidden' || field.type === 'password'
            || field.type === 'file') return;
        if (field.type === 'checkbox') field.checked = true;
        else field.value = kept.value;
    });
    let first = null;
    problem.querySelectorAll('li[data-field]').forEach((reason, i) => {
        const named = form.elements.namedItem(reason.dataset.field);
        // a group of radio buttons is one field: its message goes after the group
        const field = named instanceof RadioNodeList ? named[0] : named;
        if (!field) return;
        const message = document.createElement('small');
        message.className = 'error field-error';
        message.id = 'error-' + (form.id || 'form') + '-' + i;
        message.textContent = reason.textContent;
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', message.id);
        (named instanceof RadioNodeList ? field.closest('fieldset') || field.closest('label') || field
            : field.closest('label') || field).insertAdjacentElement('afterend', message);
        reason.remove();
        first = first || field;
    });
    if (!problem.querySelector('li[data-field]')) problem.querySelector('.fields')?.remove();
    form.prepend(problem);
    const focus = first || form.querySelector('input:not([type=hidden]), select, textarea');
    if (focus) {
        focus.focus();
        focus.scrollIntoView({ block: 'center' });
    }
}
window.addEventListener('DOMContentLoaded', showFormProblem);
document.addEventListener('htmx:afterSettle', showFormProblem);

// The menu: on a narrow screen it opens from its button; a group's list closes when another opens, when
// the reader clicks elsewhere or presses Escape.
document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('.menu-button');
    if (button) {
        const menu = button.closest('#menu');
        const open = menu.classList.toggle('open');
        button.setAttribute('aria-expanded', String(open));
        return;
    }
    document.querySelectorAll('#menu details[open]').forEach((group) => {
        if (!group.contains(event.target)) group.removeAttribute('open');
    });
});
document.addEventListener('toggle', (event) => {
    const group = event.target;
    if (!(group instanceof HTMLDetailsElement) || !group.open || !group.closest('#menu')) return;
    document.querySelectorAll('#menu details[open]').forEach((other) => { if (other !== group) other.removeAttribute('open'); });
}, true);
document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = document.querySelector('#menu details[open]');
    if (open) {
        open.removeAttribute('open');
        open.querySelector('summary').focus();
    }
});

// Dates and times are typed as Ukrainians write them ("01.12.2026", "14:30"), in any browser: a date field
// gets a calendar button that opens the browser's own picker and writes its choice back in that form.
function pad(n) { return String(n).padStart(2, '0'); }
function toIso(text, withTime) {
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2})[:.](\d{2}))?$/.exec((text || '').trim());
    if (!m) return '';
    const day = `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
    return withTime ? `${day}T${pad(m[4] || 9)}:${m[5] || '00'}` : day;
}
function fromIso(value, withTime) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value || '');
    if (!m) return '';
    return `${m[3]}.${m[2]}.${m[1]}` + (withTime && m[4] ? ` ${m[4]}:${m[5]}` : '');
}
function addPickers() {
    document.querySelectorAll('input[data-date]:not([data-picker]), input[data-datetime]:not([data-picker])').forEach((field) => {
        field.dataset.picker = 'true';
        const withTime = field.hasAttribute('data-datetime');
        const picker = document.createElement('input');
        picker.type = withTime ? 'datetime-local' : 'date';
        picker.tabIndex = -1;
        picker.className = 'native-picker';
        picker.setAttribute('aria-hidden', 'true');
        if (field.dataset.min) picker.min = field.dataset.min;
        if (field.dataset.max) picker.max = field.dataset.max;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'pick-date';
        button.setAttribute('aria-label', document.body.dataset.pickDate || 'Calendar');
        button.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">'
            + '<rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor"/>'
            + '<path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor"/></svg>';
        button.addEventListener('click', () => {
            picker.value = toIso(field.value, withTime);
            if (typeof picker.showPicker === 'function') picker.showPicker(); else picker.focus();
        });
        picker.addEventListener('change', () => {
            field.value = fromIso(picker.value, withTime);
            field.dispatchEvent(new Event('change', { bubbles: true }));
        });
        const wrap = document.createElement('span');
        wrap.className = 'date-field';
        field.replaceWith(wrap);
        wrap.append(field, button, picker);
    });
}
window.addEventListener('DOMContentLoaded', addPickers);
document.addEventListener('htmx:afterSettle', addPickers);

// Forms are checked by Relay, which says what is wrong in the page's language next to the field; the
// browser's own checks would speak its language instead (an English-locale browser on a Ukrainian page).
function letRelayCheckForms() {
    document.querySelectorAll('form:not([novalidate])').forEach((form) => { form.noValidate = true; });
}
window.addEventListener('DOMContentLoaded', letRelayCheckForms);
document.addEventListener('htmx:afterSettle', letRelayCheckForms);

// A choice that depends on another, as a team does on the tier (data-follows="<id of the other>", each
// optgroup data-when="<its value>"): only the options that fit the other's value are offered, and a choice
// that no longer fits is cleared, so that changing the tier does not send a team of the old one.
function fitChoices(source) {
    document.querySelectorAll(`select[data-follows="${CSS.escape(source.id)}"]`).forEach((select) => {
        select.querySelectorAll('optgroup[data-when]').forEach((group) => {
            const fits = group.dataset.when === source.value;
            group.hidden = !fits;
            group.disabled = !fits;
        });
        const chosen = select.selectedOptions[0];
        if (chosen && chosen.parentElement.tagName === 'OPTGROUP' && chosen.parentElement.disabled) {
            select.value = '';
        }
    });
}
document.addEventListener('change', (event) => {
    if (event.target.id) fitChoices(event.target);
});
window.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('select[data-follows]').forEach((select) => {
        const source = document.getElementById(select.dataset.follows);
        if (source) fitChoices(source);
    });
});

// The search box: its hits drop down under it as one types; ArrowDown goes into them, the arrows move
// between them, Enter opens one, Escape (or a click elsewhere) closes them and returns to the box.
function searchHits() {
    return Array.from(document.querySelectorAll('#search-results a.search-hit'));
}
document.addEventListener('keydown', (event) => {
    const results = document.getElementById('search-results');
    if (!results || !event.target.closest) return;
    const inBox = event.target.id === 'search-box';
    const inResults = event.target.closest('#search-results');
    if (!inBox && !inResults) return;
    const hits = searchHits();
    if (event.key === 'Escape') {
        if (inBox && results.children.length === 0) return; // nothing dropped down: Esc leaves the box as elsewhere
        results.replaceChildren();
        document.getElementById('search-box').focus();
        event.stopPropagation();
        return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (hits.length === 0) return;
    const at = hits.indexOf(document.activeElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, hits.length - 1) : at - 1;
    if (next < 0) document.getElementById('search-box').focus();
    else hits[next].focus();
}, true);
document.addEventListener('click', (event) => {
    const results = document.getElementById('search-results');
    if (results && event.target.closest && !event.target.closest('#search-form')) results.replaceChildren();
});

// The caller's desk: how long the prospect has been on the screen (the call's length, near enough), quick
// callback times written into the field in Kyiv time, and "straight to the next prospect" remembered.
function kyivParts(date) {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit',
        day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(date);
    return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}
function deskSetUp() {
    const timer = document.getElementById('call-timer');
    if (timer && !timer.dataset.started) {
        const started = Date.now();
        timer.dataset.started = String(started);
        const tick = () => {
            if (!document.body.contains(timer)) return;
            const seconds = Math.floor((Date.now() - started) / 1000);
            timer.textContent = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
            setTimeout(tick, 1000);
        };
        tick();
    }
    document.querySelectorAll('input[data-remember]:not([data-remembered])').forEach((box) => {
        box.dataset.remembered = 'true';
        box.checked = localStorage.getItem(box.dataset.remember) === 'true';
        box.addEventListener('change', () => localStorage.setItem(box.dataset.remember, String(box.checked)));
    });
}
document.addEventListener('DOMContentLoaded', deskSetUp);
document.addEventListener('htmx:afterSettle', deskSetUp);
document.addEventListener('click', (event) => {
    const quick = event.target.closest && event.target.closest('[data-callback-in], [data-callback-tomorrow]');
    if (!quick) return;
    const field = document.getElementById('callbackAt');
    if (!field) return;
    let when;
    if (quick.dataset.callbackIn) {
        when = kyivParts(new Date(Date.now() + Number(quick.dataset.callbackIn) * 60000));
    } else {
        when = kyivParts(new Date(Date.now() + 24 * 3600000));
        [when.hour, when.minute] = quick.dataset.callbackTomorrow.split(':');
    }
    field.value = `${when.day}.${when.month}.${when.year} ${when.hour}:${when.minute}`;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
});

// A list's "select all on this page" box ticks or clears every row's box of the same name.
document.addEventListener('change', (event) => {
    const all = event.target.closest && event.target.closest('[data-select-all]');
    if (!all) return;
    const form = all.closest('form') || document;
    form.querySelectorAll(`input[type=checkbox][name="${CSS.escape(all.dataset.selectAll)}"]`)
        .forEach((box) => { box.checked = all.checked; });
});

// The bell asks again every 15 s while the page is in sight (a tab in the background does not keep its session
// alive); when the answer is the sign-in page (the session ended), the page goes there instead of losing its
// bell without a word.
document.addEventListener('htmx:beforeRequest', (event) => {
    if (event.detail.elt && event.detail.elt.id === 'bell' && document.hidden) event.preventDefault();
});
document.addEventListener('htmx:beforeSwap', (event) => {
    const xhr = event.detail.xhr;
    if (event.detail.elt && event.detail.elt.id === 'bell' && xhr && xhr.responseURL
            && new URL(xhr.responseURL).pathname === '/login') {
        event.detail.shouldSwap = false;
        window.location.assign(xhr.responseURL);
    }
});
