import { config } from '@vue/test-utils';
import ElementPlus from 'element-plus';

// Element Plus registered globally, as main.ts does, so components use it without imports.
config.global.plugins = [ElementPlus];
