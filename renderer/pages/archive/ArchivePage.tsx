import { Button, Tabs } from 'antd';
import { useState } from 'react';
import { call } from '../../api';
import { useLoad } from '../../hooks';
import { CatalogTab } from './CatalogTab';
import { CategoriesModal } from './CategoriesModal';
import { SearchTab } from './SearchTab';

export function ArchivePage() {
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []);
  const categories = useLoad(() => call('archive.categories', {}), []);
  const [editingCategories, setEditingCategories] = useState(false);
  const cats = categories.data ?? [];
  return (
    <>
      <Tabs
        tabBarExtraContent={<Button onClick={() => setEditingCategories(true)}>档案类别</Button>}
        items={[
          { key: 'search', label: '档案检索', children: <SearchTab orgs={orgs.data ?? []} categories={cats} /> },
          { key: 'catalog', label: '归档文件目录', children: <CatalogTab orgs={orgs.data ?? []} categories={cats} /> },
        ]}
      />
      <CategoriesModal open={editingCategories} categories={cats} onClose={() => setEditingCategories(false)} onSaved={categories.reload} />
    </>
  );
}
