import type { ThemeConfig } from 'antd';

/** A sober administrative look: deep red accents, compact controls, dense tables. */
export const BRAND_RED = '#a8071a';
export const BRAND_GOLD = '#fadb14';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_RED,
    colorLink: '#1d4ed8',
    borderRadius: 4,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#1f1f1f', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { darkItemBg: '#1f1f1f', darkSubMenuItemBg: '#141414', darkItemSelectedBg: BRAND_RED },
    Table: { headerBg: '#fafafa', cellPaddingBlockSM: 6 },
  },
};
