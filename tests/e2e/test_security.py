"""The Content-Security-Policy that SECURITY.md suggests: the page works under it, and it is enforced."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from bench import harness
from bench.mapdriver import TIMEOUT_MS, MapPage
from corridor.paths import PROJECT_DIR

# Chromium treats a document a test fulfils as coming from the public internet,
# and would then refuse its connection back to the loopback server.
LOOPBACK_FROM_FULFILLED = ("--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests",)
CHARTS = '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg'


def suggested_policy(security: Path = PROJECT_DIR / "SECURITY.md") -> str:
    """The policy as SECURITY.md writes it, in its code block."""
    block = re.search(r"```\n\s*(default-src[^`]*)```", security.read_text(encoding="utf-8"))
    assert block is not None, "SECURITY.md has no policy to test"
    return " ".join(block.group(1).split())


def test_the_suggested_policy_lets_the_page_work_and_is_enforced(browser, server):
    policy = suggested_policy()
    strict = browser.browser_type.launch(
        executable_path=harness.find_browser(),
        headless=True,
        args=[*harness.CHROMIUM_ARGS, *LOOPBACK_FROM_FULFILLED],
    )
    try:
        page, traffic = harness.offline_page(strict)

        def with_policy(route) -> None:
            request = route.request
            if not request.url.startswith(harness.LOCAL_PREFIXES):
                traffic.refused.append(request.url)
                route.abort("blockedbyclient")
            elif request.resource_type == "document":
                response = route.fetch()
                route.fulfill(
                    response=response, headers={**response.headers, "content-security-policy": policy}
                )
            else:
                route.continue_()

        page.context.unroute("**/*")
        page.context.route("**/*", with_policy)
        violations: list[str] = []
        page.on(
            "console",
            lambda message: violations.append(message.text) if "Content Security" in message.text else None,
        )
        app = MapPage(page, traffic).open(server.url + "/?select=port-aktau")
        app.wait_for_panel("Aktau sea port")
        page.get_by_role("button", name="Back to the overview").click()
        expect(page.locator(CHARTS)).not_to_have_count(0, timeout=TIMEOUT_MS)
        assert violations == []
        assert traffic.page_errors == []
        # The policy is in force: an image from another origin is refused.
        with page.expect_console_message(lambda message: "probe.png" in message.text, timeout=TIMEOUT_MS):
            page.evaluate(
                "() => { const image = new Image(); image.src = 'http://localhost:9/probe.png';"
                " document.body.append(image); }"
            )
        assert any("probe.png" in violation for violation in violations)
    finally:
        strict.close()
