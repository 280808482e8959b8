import { describe, expect, it } from 'vitest';
import { trimPostChrome } from './post-chrome';
import { parseHtml } from '../../tests/helpers/html';

/** A XenForo-shaped post: member cell with title and stats, header with time and "#1", text, reactions. */
const POST =
  '<article class="message"><div class="message-user">' +
  '<a class="avatar" href="/members/kevin.1/"><span>K</span></a>' +
  '<h4 class="message-name"><a href="/members/kevin.1/">Kevin</a></h4>' +
  '<h5 class="userTitle message-userTitle">Administrator</h5>' +
  '<dl class="pairs"><dt>Joined</dt><dd>Jun 29, 2016</dd></dl><dl class="pairs"><dt>Messages</dt><dd>11,204</dd></dl>' +
  '</div><div class="message-main"><header><ul><li><a href="/threads/t.5/post-9"><time datetime="2024-01-10">Jan 10, 2024</time></a></li></ul>' +
  '<ul><li><a href="/threads/t.5/post-9">#1</a></li></ul></header>' +
  '<div class="bbWrapper">Who knows, maybe this will help. <a href="/members/rick.2/">@Rick</a> said so.</div>' +
  '<ul class="attachments"><li><img src="/a.jpg" alt="the camera"><span>camera.jpg</span><span>Views: 31</span></li></ul>' +
  '<div class="reactionsBar">Reactions: <a href="/members/bob.3/">Bob</a> and 19 others</div>' +
  '<div class="actionBar"><a href="/report">Report</a><a href="/reply">Reply</a></div></div></article>';

function trimmed(html: string): Element {
  const doc = parseHtml(`<!DOCTYPE html><html><body><div id="thread">${html}</div></body></html>`);
  const thread = doc.getElementById('thread')!;
  trimPostChrome(thread, Array.from(thread.querySelectorAll('.bbWrapper')));
  return thread;
}

describe('trimPostChrome', () => {
  it("keeps a post's text, author, time and pictures", () => {
    const thread = trimmed(POST);
    const text = thread.textContent ?? '';
    expect(text).toContain('Kevin');
    expect(thread.querySelector('time')?.textContent).toBe('Jan 10, 2024');
    expect(text).toContain('Who knows, maybe this will help. @Rick said so.');
    expect(thread.querySelector('img[alt="the camera"]')).not.toBeNull();
  });

  it("removes the member's title and stats, the post's number, reactions and the toolbar", () => {
    const text = trimmed(POST).textContent ?? '';
    for (const gone of ['Administrator', 'Joined', '11,204', '#1', 'Reactions', 'Bob', 'Report', 'Views: 31'])
      expect(text).not.toContain(gone);
    // The avatar's letter: a profile link, but named for the avatar.
    expect(text).not.toMatch(/\bK\b/);
  });

  it('never enters the text: a quote, a date or a number inside a post stays', () => {
    const text = trimmed(
      POST.replace(
        'Who knows',
        '<blockquote>Jan 2 #4 Messages 11</blockquote><span class="reaction">7</span> Who knows',
      ),
    ).textContent;
    expect(text).toContain('Jan 2 #4 Messages 11');
    expect(text).toContain('7 Who knows');
  });
});
