// 引擎 worker 读取导入文件时页面显示的文字（与 ui-engine.en.ts 的键相同）。
import type { UiEngineMessages } from './ui-engine.en';

export const uiEngineZh: UiEngineMessages = {
  reading: '正在读取你的文件…',
};
