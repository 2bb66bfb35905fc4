import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { ElLoading, ElMessage, ElMessageBox, provideGlobalConfig } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';
import urql from '@urql/vue';
import App from './App.vue';
import { router } from './router';
import { client } from './graphql/client';
import './styles.css';

// Element Plus components are imported by the templates that use them (vite.config.ts); here only its services
// (messages, confirmations, v-loading) and the Chinese locale for all of them.
const app = createApp(App).use(createPinia()).use(router).use(ElLoading).use(ElMessage).use(ElMessageBox).use(urql, client);
provideGlobalConfig({ locale: zhCn }, app, true);
app.mount('#app');
