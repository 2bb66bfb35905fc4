import { createApp } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';
import urql from '@urql/vue';
import App from './App.vue';
import { router } from './router';
import { client } from './graphql/client';
import './styles.css';

createApp(App).use(createPinia()).use(router).use(ElementPlus, { locale: zhCn }).use(urql, client).mount('#app');
