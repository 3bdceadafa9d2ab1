// Candor demo: the messages room's client side. The composer imitates a TipTap/ProseMirror editor: it keeps its
// own document model and changes it only through beforeinput/input (typing, execCommand('insertText')) and paste
// events, never by reading DOM mutations, so text written with `textContent =` is not what gets sent.
{
  const ROOM_PATH = /^\/ab\/messages\/rooms\/(room_[0-9a-f]+)\/?$/;
  const state = JSON.parse(document.getElementById('message-rooms')?.textContent ?? '{"rooms":[]}');
  let model = '';
  let currentRoom = state.rooms[0];

  const editor = () => document.querySelector('.up-d-composer .tiptap.ProseMirror');
  const sendButton = () => document.querySelector('.up-d-composer button.air3-btn-circle');

  // The text of the editor's paragraphs, one line each, as ProseMirror's textBetween(…, '\n') gives it.
  const readEditor = (root) => {
    const blocks = [...root.childNodes];
    const isBlock = (node) => node instanceof HTMLElement && /^(P|DIV)$/.test(node.tagName);
    if (blocks.length > 0 && blocks.every(isBlock)) return blocks.map((b) => b.textContent ?? '').join('\n');
    return root.textContent ?? '';
  };

  const renderModel = () => {
    const status = document.querySelector('[data-test="composer-model-status"]');
    if (status) {
      status.dataset.modelLength = String(model.length);
      status.textContent = `Editor model: ${model.length} characters`;
    }
    const button = sendButton();
    if (button) button.disabled = model.trim() === '';
    const first = editor()?.firstElementChild;
    if (first) first.classList.toggle('is-editor-empty', model === '');
    if (first) first.classList.toggle('is-empty', model === '');
  };

  const clearEditor = () => {
    const paragraph = document.createElement('p');
    paragraph.dataset.placeholder = 'Send a message…';
    paragraph.className = 'is-empty is-editor-empty';
    const br = document.createElement('br');
    br.className = 'ProseMirror-trailingBreak';
    paragraph.append(br);
    editor()?.replaceChildren(paragraph);
    model = '';
    renderModel();
  };

  const storyElement = (story) => {
    const item = document.createElement('div');
    item.className = `up-d-story-item${story.from === state.me ? ' is-own' : ''}`;
    item.dataset.test = 'story-item';
    const avatar = document.createElement('div');
    avatar.className = 'story-avatar';
    avatar.setAttribute('aria-hidden', 'true');
    avatar.textContent = story.from
      .split(' ')
      .map((part) => part[0])
      .join('');
    const body = document.createElement('div');
    body.className = 'story-body';
    const header = document.createElement('div');
    header.className = 'story-header';
    const name = document.createElement('strong');
    name.className = 'user-name';
    name.textContent = story.from;
    const time = document.createElement('span');
    time.className = 'story-time text-caption';
    time.textContent = story.time;
    header.append(name, ' ', time);
    const message = document.createElement('div');
    message.className = 'story-message text-body';
    message.textContent = story.text;
    body.append(header, message);
    item.append(avatar, body);
    return item;
  };

  const scrollToEnd = () => {
    const viewport = document.getElementById('story-viewport');
    if (viewport) viewport.scrollTop = viewport.scrollHeight;
  };

  const renderRoom = () => {
    const id = ROOM_PATH.exec(window.location.pathname)?.[1];
    currentRoom = state.rooms.find((room) => room.id === id) ?? state.rooms[0];
    if (!currentRoom) return;
    for (const link of document.querySelectorAll('a.room-list-item')) {
      link.classList.toggle('is-active', link.getAttribute('data-room-id') === currentRoom.id);
    }
    document.querySelector('[data-test="room-title"]').textContent = currentRoom.name;
    document.querySelector('[data-test="room-topic"]').textContent = currentRoom.topic;
    document.querySelector('.up-d-story-list')?.replaceChildren(...currentRoom.stories.map(storyElement));
    clearEditor();
    scrollToEnd();
  };

  const send = () => {
    const text = model.trim();
    if (!text || !currentRoom) return;
    const time = new Date().toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
    const story = { from: state.me, time, text };
    currentRoom.stories.push(story);
    document.querySelector('.up-d-story-list')?.append(storyElement(story));
    clearEditor();
    scrollToEnd();
  };

  document.addEventListener('DOMContentLoaded', () => {
    const root = editor();
    if (!root) return;
    // Typing and execCommand('insertText') fire beforeinput then input; the model is read once the DOM has the change.
    root.addEventListener('input', () => {
      model = readEditor(root);
      renderModel();
    });
    root.addEventListener('paste', (event) => {
      // ProseMirror reads the clipboard data of the paste event and inserts it itself (also for synthetic events).
      event.preventDefault();
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text) document.execCommand('insertText', false, text);
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        send();
      }
    });
    sendButton()?.addEventListener('click', send);
    document.querySelector('.room-list')?.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a.room-list-item') : null;
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      if (link.getAttribute('href') !== window.location.pathname)
        history.pushState(null, '', link.getAttribute('href'));
      renderRoom();
    });
    window.addEventListener('popstate', renderRoom);
    renderRoom();
  });
}
