/**
 * A messages room, /ab/messages/rooms/room_<hex> (upwork-dom.md §4): the room list, the story list in
 * #story-viewport and the TipTap/ProseMirror composer. Selectors from the automation "verified against live DOM
 * Feb 2026" and the chat userscripts; the markup around them is inferred.
 */

import { type Html, html, jsonScript, raw } from '../html.ts';
import { icons } from '../icons.ts';
import { blogWriterJob, chatbotJob, dataCleaningJob, demoRooms, roomPath } from '../jobs.ts';
import { page } from '../layout.ts';

export const FREELANCER_NAME = 'Alex Moreno';

interface Story {
  from: string;
  time: string;
  text: string;
}

/** Stories per room, in the order of `demoRooms`. */
const STORIES: Story[][] = [
  [
    {
      from: 'Maya Lindqvist',
      time: 'Mon 9:14 AM',
      text: 'Hi Alex, thanks for your proposal. Your sample on month-end close automation was exactly the tone we want.',
    },
    {
      from: FREELANCER_NAME,
      time: 'Mon 9:31 AM',
      text: 'Thanks Maya! Happy to start with the article on approval workflows. Could you send the brief and the interview notes?',
    },
    {
      from: 'Maya Lindqvist',
      time: 'Mon 10:02 AM',
      text: 'Both are in the contract files. A reminder that the transcripts are confidential, so please keep them out of any AI tools. If you use one for research or the outline, just tell us which one and how.',
    },
  ],
  [
    {
      from: 'Tom Okafor',
      time: 'Tue 2:40 PM',
      text: 'The three sample exports and the data dictionary are attached to the contract. Shout if anything is unclear.',
    },
    {
      from: FREELANCER_NAME,
      time: 'Tue 3:05 PM',
      text: "Got them, thanks. I'll send a first version of the date parsing with tests tomorrow.",
    },
  ],
  [
    {
      from: 'Priya Raman',
      time: 'Wed 11:20 AM',
      text: "Could you share a rough plan for the evaluation set before Thursday's call?",
    },
  ],
];

const TOPICS = [blogWriterJob.title, dataCleaningJob.title, chatbotJob.title];

function initials(name: string): string {
  return name
    .split(' ')
    .map((part) => part[0])
    .join('');
}

function story(item: Story): Html {
  return html`<div class="up-d-story-item${item.from === FREELANCER_NAME ? ' is-own' : ''}" data-test="story-item">
        <div class="story-avatar" aria-hidden="true">${initials(item.from)}</div>
        <div class="story-body"><div class="story-header"><strong class="user-name">${item.from}</strong> <span class="story-time text-caption">${item.time}</span></div><div class="story-message text-body">${item.text}</div></div>
      </div>`;
}

const MESSAGES_CSS = `
body { height: 100vh; display: flex; flex-direction: column; }
main { flex: 1; min-height: 0; }
.messages-app { height: 100%; display: grid; grid-template-columns: 320px minmax(0, 1fr); max-width: 1280px; margin: 0 auto; border-left: 1px solid var(--border); border-right: 1px solid var(--border); }
.room-list { border-right: 1px solid var(--border); overflow-y: auto; }
.room-list-header { padding: 20px 20px 12px; }
.room-list-item { display: flex; gap: 12px; padding: 14px 20px; text-decoration: none; color: var(--text); border-left: 3px solid transparent; }
.room-list-item:hover { background: var(--soft); } .room-list-item.is-active { background: var(--soft); border-left-color: var(--green); }
.item-title { font-weight: 600; } .item-subtitle { color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 220px; }
.avatar, .story-avatar { width: 40px; height: 40px; flex: none; border-radius: 50%; background: #c9e7c1; color: var(--green-dark); display: flex; align-items: center; justify-content: center; font-weight: 600; font-size: 14px; }
.room-thread { display: flex; flex-direction: column; min-height: 0; }
.room-header { padding: 16px 24px; border-bottom: 1px solid var(--border); }
.room-header h2 { margin: 0; }
#story-viewport { flex: 1; overflow-y: auto; padding: 16px 24px; }
.up-d-story-item { display: flex; gap: 12px; padding: 10px 0; }
.story-time { color: var(--muted); margin-left: 6px; }
.story-message { white-space: pre-line; }
.up-d-composer { border-top: 1px solid var(--border); padding: 12px 24px 16px; }
.composer { border: 2px solid #d5e0d5; border-radius: 10px; padding: 10px 14px; min-height: 64px; }
.composer:focus-within { border-color: var(--green); }
.tiptap.ProseMirror { outline: none; min-height: 40px; white-space: pre-wrap; }
.tiptap.ProseMirror p { margin: 0; }
.tiptap p.is-editor-empty:first-child::before { content: attr(data-placeholder); color: #8a9a8a; float: left; height: 0; pointer-events: none; }
.up-d-composer-actions { display: flex; align-items: center; gap: 12px; margin-top: 8px; }
.composer-model-status { flex: 1; font-size: 12px; color: var(--muted); }
`;

export function messagesPage(clientScript: string): string {
  const rooms = demoRooms.map((room, i) => ({
    ...room,
    topic: TOPICS[i] ?? room.topic,
    stories: STORIES[i] ?? [],
  }));
  const first = rooms[0]!;
  return page({
    title: 'Messages | Upwork',
    audience: 'freelancer',
    comment: [
      `Page: a messages room, ${roomPath(first.id)} (the route table serves every /ab/messages/rooms/room_<hex>`,
      'with this file; the script shows the room named by the URL and switches rooms with the history API).',
      'Follows upwork-dom.md section 4 (messages: a.room-list-item .item-title, .up-d-story-item, #story-viewport,',
      '.up-d-composer with a TipTap/ProseMirror contenteditable, send button .up-d-composer button.air3-btn-circle)',
      'and section 0 (ProseMirror state). Simulated: the editor keeps its own model, changed only by beforeinput/input',
      'events (typing, document.execCommand("insertText"), a paste event); setting textContent does not change it.',
      'The status line under the editor shows the model length. Send appends the model text as a story, locally.',
    ],
    css: MESSAGES_CSS,
    head: html`${jsonScript('message-rooms', { rooms, me: FREELANCER_NAME })}
<script>${raw(clientScript)}</script>`,
    body: html`<main id="main" tabindex="-1">
<div class="messages-app">
  <aside class="room-list" aria-label="Rooms">
    <div class="room-list-header"><h2 class="h5">Messages</h2></div>
    <div class="room-list-items">
${rooms.map(
  (
    room,
    i,
  ) => html`      <a class="room-list-item${i === 0 ? ' is-active' : ''}" href="${roomPath(room.id)}" data-room-id="${room.id}"><span class="avatar" aria-hidden="true">${initials(room.name)}</span><span><span class="item-title d-block">${room.name}</span><span class="item-subtitle text-caption d-block">${room.topic}</span></span></a>
`,
)}    </div>
  </aside>
  <section class="room-thread" aria-label="Conversation">
    <header class="room-header"><h2 class="h5" data-test="room-title">${first.name}</h2><div class="text-caption text-light-on-muted" data-test="room-topic">${first.topic}</div></header>
    <div id="story-viewport" class="story-viewport">
      <div class="up-d-story-list">
      ${first.stories.map(story)}
      </div>
    </div>
    <div class="up-d-composer composer-container">
      <div class="composer">
        <div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Send a message" translate="no" tabindex="0"><p data-placeholder="Send a message…" class="is-empty is-editor-empty"><br class="ProseMirror-trailingBreak"></p></div>
      </div>
      <div class="up-d-composer-actions">
        <button type="button" class="air3-btn air3-btn-link m-0 composer-attach" aria-label="Attach a file"><span class="air3-icon md">${icons.paperclip}</span></button>
        <span class="composer-model-status" data-test="composer-model-status" data-model-length="0">Editor model: 0 characters</span>
        <button type="button" class="air3-btn air3-btn-primary air3-btn-circle m-0" aria-label="Send message" data-test="send-message" disabled><span class="air3-icon md">${icons.send}</span></button>
      </div>
    </div>
  </section>
</div>
</main>`,
  });
}
