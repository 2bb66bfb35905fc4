/**
 * GraphiQL at /graphql for browsers, bundled with the editor (no CDN: it must work inside a closed government
 * network). Operations go to /graphql on this origin with the editor's session cookie, if any.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import './page.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher, defaultTabs: EXAMPLES, defaultEditorToolsVisibility: true }),
);
